import { Badge } from "@/components/ui/badge";
import type { TicketPriority, TicketStatus } from "@/lib/enums";
import { priorityLabel, STAFF_STATUS_LABELS, STATUS_LABELS } from "@/lib/tickets/priorities";

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
  return (
    <Badge tone={statusTone[status]}>{(staff ? STAFF_STATUS_LABELS : STATUS_LABELS)[status]}</Badge>
  );
}

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  return <Badge tone={priorityTone[priority]}>{priorityLabel(priority)}</Badge>;
}
