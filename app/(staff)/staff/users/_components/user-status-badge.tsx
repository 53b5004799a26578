import { useTranslations } from "next-intl";
import type { UserStatus } from "@/lib/enums";
import { Badge } from "@/components/ui/badge";
import { statusTones } from "./format";

export function UserStatusBadge({ status }: { status: UserStatus }) {
  const t = useTranslations("admin.users.status");
  return <Badge tone={statusTones[status]}>{t(status)}</Badge>;
}
