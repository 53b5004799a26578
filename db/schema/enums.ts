// The values of every PostgreSQL enum, as plain tuples: pgEnum reads them here, and so do
// zod schemas and the UI (through lib/enums.ts). No drizzle import, so client code may load it.

export const USER_ROLES = ["customer", "support_engineer", "orders_team", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const USER_STATUSES = [
  "pending_confirmation",
  "active",
  "password_reset_required",
  "disabled",
] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const SESSION_END_REASONS = [
  "sign_out",
  "sign_out_everywhere",
  "password_reset",
  "forced_password_reset",
  "disabled",
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

export const SERVICE_LEVELS = ["8x5_nbd", "8x5_4h", "24x7_4h"] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

export const TICKET_TYPES = ["administrative", "support"] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export const TICKET_PRIORITIES = ["critical", "high", "normal", "low"] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const TICKET_STATUSES = [
  "new",
  "open",
  "waiting_for_customer",
  "resolved",
  "closed",
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const EMAIL_STATUSES = ["pending", "sent", "failed"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export const SECRET_PURPOSES = ["email_confirmation", "password_reset", "login_code"] as const;
export type SecretPurpose = (typeof SECRET_PURPOSES)[number];

/** What a staff notification is about (lib/notifications). */
export const NOTIFICATION_KINDS = ["new_ticket", "customer_reply", "assigned", "sla_risk"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The languages the portal speaks (messages/<locale>.json); English when nothing says otherwise. */
export const LOCALES = ["en", "pl"] as const;
export type Locale = (typeof LOCALES)[number];
