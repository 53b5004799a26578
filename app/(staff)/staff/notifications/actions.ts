"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { serverAction } from "@/lib/actions/server-action";
import { getRequestContext } from "@/lib/http/request-context";
import { markAllNotificationsRead, openNotification } from "@/lib/notifications/read-notifications";
import { notificationIdSchema, notificationSettingsSchema } from "@/lib/notifications/schemas";
import { saveNotificationSettings } from "@/lib/notifications/settings";

/** A notification's link: marks it read, then opens its ticket. */
export const openNotificationAction = serverAction(
  { name: "openNotification", actor: "staff", bound: [notificationIdSchema], input: z.object({}) },
  async ({ actor, bound: [id] }) => {
    const ticketId = await openNotification(actor, id);
    // the layout's bell shows the count one less
    revalidatePath("/staff", "layout");
    redirect(`/staff/tickets/${ticketId}`);
  },
);

export const markAllReadAction = serverAction(
  { name: "markAllNotificationsRead", actor: "staff", input: z.object({}) },
  async ({ actor }) => {
    const marked = await markAllNotificationsRead(actor);
    revalidatePath("/staff", "layout");
    return { marked };
  },
);

export const saveNotificationSettingsAction = serverAction(
  { name: "saveNotificationSettings", actor: "staff", input: notificationSettingsSchema },
  async ({ actor, input }) => {
    await saveNotificationSettings(actor, input, await getRequestContext());
    revalidatePath("/staff/notifications/settings");
    return { saved: true };
  },
);
