import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { notificationSettings } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import type { RequestContext } from "@/lib/http/request-context";
import { assertNotificationPermission } from "./policy";
import { notificationSettingsSchema, type NotificationSettingsInput } from "./schemas";

export type NotificationSettings = NotificationSettingsInput;

/** What an engineer gets before choosing: everything, by email too. */
export const NOTIFICATION_DEFAULTS: NotificationSettings = {
  newTicket: true,
  newTicketVendors: [],
  customerReply: true,
  assigned: true,
  slaRisk: true,
  email: true,
};

/** The actor's choices on "Notification settings" (the defaults until saved once). */
export async function getNotificationSettings(actor: Actor): Promise<NotificationSettings> {
  assertNotificationPermission(actor, "settings");
  const [row] = await db
    .select()
    .from(notificationSettings)
    .where(eq(notificationSettings.userId, actor.id));
  if (!row) return NOTIFICATION_DEFAULTS;
  const { userId: _userId, updatedAt: _updatedAt, ...settings } = row;
  return settings;
}

export async function saveNotificationSettings(
  actor: Actor,
  input: NotificationSettingsInput,
  context: RequestContext,
): Promise<void> {
  assertNotificationPermission(actor, "settings");
  const settings = notificationSettingsSchema.parse(input);
  await db.transaction(async (tx) => {
    await tx
      .insert(notificationSettings)
      .values({ userId: actor.id, ...settings })
      .onConflictDoUpdate({
        target: notificationSettings.userId,
        set: { ...settings, updatedAt: sql`now()` },
      });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "notification_settings.update",
      targetType: "user",
      targetId: actor.id,
      details: settings,
      ...context,
    });
  });
}
