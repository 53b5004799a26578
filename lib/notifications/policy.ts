import type { UserRole } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/errors";

export type NotificationAction = "receive" | "read" | "settings";

// Who gets staff notifications (new tickets, customer replies, assignments, SLA risks) and
// reads them: the people who work tickets. Customers get their ticket emails instead.
const NOTIFICATION_PERMISSIONS: Record<UserRole, Record<NotificationAction, boolean>> = {
  customer: { receive: false, read: false, settings: false },
  support_engineer: { receive: true, read: true, settings: true },
  orders_team: { receive: false, read: false, settings: false },
  admin: { receive: true, read: true, settings: true },
};

export const canUseNotifications = (role: UserRole, action: NotificationAction = "read") =>
  NOTIFICATION_PERMISSIONS[role][action];

export function assertNotificationPermission(
  actor: Pick<Actor, "role">,
  action: NotificationAction,
): void {
  if (!canUseNotifications(actor.role, action)) throw forbidden();
}

/** The roles whose members a notification may reach, for the recipients' query. */
export const RECEIVING_ROLES = (Object.keys(NOTIFICATION_PERMISSIONS) as UserRole[]).filter(
  (role) => NOTIFICATION_PERMISSIONS[role].receive,
);
