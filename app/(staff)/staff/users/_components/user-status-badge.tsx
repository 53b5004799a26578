import type { UserStatus } from "@/lib/enums";
import { Badge } from "@/components/ui/badge";
import { userStatusLabels } from "@/lib/admin/schemas";
import { statusTones } from "./format";

export function UserStatusBadge({ status }: { status: UserStatus }) {
  return <Badge tone={statusTones[status]}>{userStatusLabels[status]}</Badge>;
}
