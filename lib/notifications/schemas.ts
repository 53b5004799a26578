import { z } from "zod";
import { msg } from "@/lib/i18n/message";
import { formBoolean } from "@/lib/validation/form-boolean";
import { vendorIds } from "@/lib/vendors";

// Shared by the "Notification settings" form and its server action.

export const notificationSettingsSchema = z.object({
  newTicket: formBoolean.default(false),
  // a form posts one ticked checkbox as a text, several as a list
  newTicketVendors: z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z
      .array(z.enum(vendorIds, { error: msg("desk.errors.chooseManufacturers") }))
      .max(vendorIds.length)
      .default([]),
  ),
  customerReply: formBoolean.default(false),
  assigned: formBoolean.default(false),
  slaRisk: formBoolean.default(false),
  email: formBoolean.default(false),
});
export type NotificationSettingsInput = z.infer<typeof notificationSettingsSchema>;

export const notificationIdSchema = z.uuid(msg("desk.errors.notificationNotFound"));
