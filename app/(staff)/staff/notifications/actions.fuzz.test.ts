import { beforeAll, describe, it, vi } from "vitest";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { notifications } from "@/db/schema";
import { notificationIdSchema, notificationSettingsSchema } from "@/lib/notifications/schemas";
import { notifyStaff } from "@/lib/notifications/notify-staff";
import { vendorIds } from "@/lib/vendors";
import fc from "fast-check";
import { createTicketRow, createUser } from "@/test/factories";
import { boundId, fuzzAction, fuzzTimeout } from "@/test/fuzz/action-fuzz";
import { signIn } from "@/test/fuzz/request-scope";
import {
  markAllReadAction,
  openNotificationAction,
  saveNotificationSettingsAction,
} from "./actions";

vi.mock("next/headers", () => import("@/test/fuzz/request-scope").then((m) => m.nextHeaders));
vi.mock("next/cache", () => import("@/test/fuzz/request-scope").then((m) => m.nextCache));
vi.mock("@/lib/auth/actor", async (original) => ({
  ...(await original<object>()),
  ...(await import("@/test/fuzz/request-scope")).signedInUser,
}));
vi.mock("@/lib/http/request-context", () =>
  import("@/test/fuzz/request-scope").then((m) => m.requestContext),
);

describe("the notification actions, for any input", () => {
  const notificationIds: string[] = [];

  beforeAll(async () => {
    const engineer = await signIn("support_engineer");
    const customer = await createUser();
    for (let i = 0; i < 4; i++) {
      const ticket = await createTicketRow({ requesterId: customer.id });
      await db.transaction((tx) =>
        notifyStaff(tx, "assigned", { ...ticket, assigneeId: engineer.id }, null),
      );
    }
    const mine = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(eq(notifications.userId, engineer.id));
    notificationIds.push(...mine.map((row) => row.id));
    // someone else's notification: never theirs to open
    const other = await createUser({ role: "support_engineer" });
    const ticket = await createTicketRow({ requesterId: customer.id });
    await db.transaction((tx) =>
      notifyStaff(tx, "assigned", { ...ticket, assigneeId: other.id }, null),
    );
  });

  it(
    "Notification settings → Save",
    () =>
      fuzzAction({
        action: saveNotificationSettingsAction,
        input: notificationSettingsSchema,
        known: {
          newTicketVendors: fc.subarray([...vendorIds]),
          newTicket: ["true"],
          email: ["true"],
        },
      }),
    fuzzTimeout(),
  );

  it(
    "opening a notification",
    () =>
      fuzzAction({
        action: openNotificationAction,
        input: z.object({}),
        bound: [{ schema: notificationIdSchema, values: boundId(notificationIds) }],
      }),
    fuzzTimeout(),
  );

  it(
    "Mark all as read",
    () => fuzzAction({ action: markAllReadAction, input: z.object({}) }),
    fuzzTimeout(),
  );
});
