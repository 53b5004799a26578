import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { TicketPriority, TicketStatus } from "@/lib/enums";

const statusTone = {
  new: "info",
  open: "info",
  waiting_for_customer: "warning",
  resolved: "success",
  closed: "neutral",
} as const;

const priorityTone = {
  critical: "danger",
  high: "warning",
  normal: "neutral",
  low: "neutral",
} as const;

export function StatusBadge({ status, staff = false }: { status: TicketStatus; staff?: boolean }) {
  const t = useTranslations("enums");
  return (
    <Badge tone={statusTone[status]}>
      {staff ? t(`staffStatus.${status}`) : t(`status.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  const t = useTranslations("enums");
  return <Badge tone={priorityTone[priority]}>{t(`priority.${priority}`)}</Badge>;
}
