import { z } from "zod";
import { plainText } from "@/lib/validation/plain-text";
import type { UserRole, UserStatus } from "@/lib/enums";

// Shared by the admin forms (react-hook-form + zodResolver), their server actions and the lib
// use cases.

export const STAFF_ROLES = [
  "support_engineer",
  "orders_team",
  "admin",
] as const satisfies readonly UserRole[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export const userStatusLabels: Record<UserStatus, string> = {
  pending_confirmation: "Email not confirmed",
  active: "Active",
  password_reset_required: "Must set a password",
  disabled: "Disabled",
};

export const staffRoleSchema = z.enum(STAFF_ROLES, "Choose a role.");
export const userIdSchema = z.uuid("User not found.");

const name = (what: string) =>
  plainText().min(1, `Enter the ${what}.`).max(100, "Use at most 100 characters.");

export const inviteStaffSchema = z.object({
  email: plainText()
    .max(254, "Use at most 254 characters.")
    .pipe(z.email("Enter a valid email address.")),
  login: plainText().regex(
    /^[A-Za-z0-9._-]{3,64}$/,
    "3–64 characters: letters, digits, dot, underscore, hyphen.",
  ),
  firstName: name("first name"),
  lastName: name("last name"),
  role: staffRoleSchema,
});
export type InviteStaffInput = z.infer<typeof inviteStaffSchema>;
export type InviteStaffFormValues = z.input<typeof inviteStaffSchema>;

export const changeRoleSchema = z.object({ userId: userIdSchema, role: staffRoleSchema });
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const setUserDisabledSchema = z.object({ userId: userIdSchema, disabled: z.boolean() });
export type SetUserDisabledInput = z.infer<typeof setUserDisabledSchema>;

export const outboxIdSchema = z.uuid("Email not found.");
