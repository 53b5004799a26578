import { DEFAULT_APP_LOCALE, LOCALES } from "@/lib/i18n/locales";
import { z } from "zod";
import { msg } from "@/lib/i18n/message";
import { plainText } from "@/lib/validation/plain-text";
import type { UserRole } from "@/lib/enums";

// Shared by the admin forms (react-hook-form + zodResolver), their server actions and the lib
// use cases. Messages are keys of messages/<locale>.json (lib/i18n/message.ts); a status's
// words are admin.users.status.

export const STAFF_ROLES = [
  "support_engineer",
  "orders_team",
  "admin",
] as const satisfies readonly UserRole[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export const staffRoleSchema = z.enum(STAFF_ROLES, msg("admin.errors.chooseRole"));
export const userIdSchema = z.uuid(msg("admin.errors.userIdInvalid"));

const atMost = (max: number) => msg("admin.errors.maxChars", { max });
const name = (requiredKey: string) => plainText().min(1, msg(requiredKey)).max(100, atMost(100));

export const inviteStaffSchema = z.object({
  email: plainText()
    .max(254, atMost(254))
    .pipe(z.email(msg("admin.errors.emailInvalid"))),
  login: plainText().regex(/^[A-Za-z0-9._-]{3,64}$/, msg("admin.errors.loginFormat")),
  firstName: name("admin.errors.firstNameRequired"),
  lastName: name("admin.errors.lastNameRequired"),
  role: staffRoleSchema,
  /** The account's language: its emails (the invitation first) and pages are written in it. */
  locale: z.enum(LOCALES, msg("admin.errors.chooseLanguage")).default(DEFAULT_APP_LOCALE),
});
export type InviteStaffInput = z.input<typeof inviteStaffSchema>;
export type InviteStaffFormValues = z.input<typeof inviteStaffSchema>;

export const changeRoleSchema = z.object({ userId: userIdSchema, role: staffRoleSchema });
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const setUserDisabledSchema = z.object({ userId: userIdSchema, disabled: z.boolean() });
export type SetUserDisabledInput = z.infer<typeof setUserDisabledSchema>;

export const outboxIdSchema = z.uuid(msg("admin.errors.emailNotFound"));
