import type { NotificationKind } from "@/db/schema";

/** What happened, as the bell's list and the digest email say it. */
export const NOTIFICATION_TEXT: Record<NotificationKind, string> = {
  new_ticket: "New ticket in the unassigned queue",
  customer_reply: "The customer replied",
  assigned: "Assigned to you",
  sla_risk: "SLA due soon",
};
