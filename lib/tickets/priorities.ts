import type { TicketPriority, TicketStatus, TicketType } from "@/db/schema";

export const PRIORITIES: Array<{ value: TicketPriority; label: string; meaning: string }> = [
  {
    value: "critical",
    label: "Critical",
    meaning: "Production is down or security is compromised.",
  },
  { value: "high", label: "High", meaning: "Production works but is seriously degraded." },
  {
    value: "normal",
    label: "Normal",
    meaning: "A problem with a workaround, or a non-urgent fault.",
  },
  { value: "low", label: "Low", meaning: "A question, a request for information or advice." },
];

export const priorityLabel = (value: TicketPriority) =>
  PRIORITIES.find((priority) => priority.value === value)?.label ?? value;

export const STATUS_LABELS: Record<TicketStatus, string> = {
  new: "New",
  open: "Open",
  waiting_for_customer: "Waiting for you",
  resolved: "Resolved",
  closed: "Closed",
};

export const STAFF_STATUS_LABELS: Record<TicketStatus, string> = {
  ...STATUS_LABELS,
  waiting_for_customer: "Waiting for customer",
};

export const TYPE_LABELS: Record<TicketType, string> = {
  administrative: "Administrative request",
  support: "Support request",
};
