import { z } from "zod";
import { plainText } from "@/lib/validation/plain-text";
import { PASSWORD_MAX, passwordLengthProblem } from "./password-limits";

// Shared by the forms (react-hook-form + zodResolver) and the server actions. Passwords are
// taken as typed: they are only ever hashed, never stored or shown. Nothing here may import the
// password policy (zxcvbn): the forms check a new password's length and match, the actions parse
// with password-schemas.ts, the same fields under the full policy.

const required = (label: string, max = 200) =>
  plainText().min(1, `Enter your ${label}.`).max(max, `Use at most ${max} characters.`);

export const loginNameSchema = plainText()
  .min(3, "The login must have at least 3 characters.")
  .max(64, "The login must have at most 64 characters.")
  .regex(/^[A-Za-z0-9._-]+$/, "Use only letters, digits, dot (.), underscore (_) and hyphen (-).");

export const emailSchema = plainText()
  .min(1, "Enter your email address.")
  .max(254, "Use at most 254 characters.")
  .pipe(z.email("Enter a valid email address, like name@company.com."));

const passwordPair = {
  password: z
    .string()
    .min(1, "Enter a password.")
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
  confirmPassword: z.string().min(1, "Repeat the password."),
};

/** The password's own problem on `password`, a mismatch on `confirmPassword`. */
export function checkPasswordPair(
  pair: { password: string; confirmPassword: string },
  ctx: z.RefinementCtx,
  problem: string | null,
) {
  if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  if (pair.confirmPassword !== pair.password)
    ctx.addIssue({
      code: "custom",
      path: ["confirmPassword"],
      message: "The passwords do not match.",
    });
}

export const signUpFields = z.object({
  firstName: required("first name", 100),
  lastName: required("last name", 100),
  email: emailSchema,
  phone: plainText()
    .min(1, "Enter your phone number.")
    .max(40, "Use at most 40 characters.")
    .regex(/^\+?[0-9 ()./-]{6,}$/, "Enter a phone number, like +48 600 100 200."),
  company: required("company", 200),
  jobTitle: plainText().max(100, "Use at most 100 characters.").optional(),
  login: loginNameSchema,
  ...passwordPair,
  contractNumber: plainText()
    .min(1, "Enter the contract number.")
    .max(100, "Use at most 100 characters."),
  activationCode: plainText()
    .min(1, "Enter the activation code.")
    .max(100, "Use at most 100 characters."),
});

/** The Sign Up form; the action parses `signUpSchema` (password-schemas.ts). */
export const signUpFormSchema = signUpFields.superRefine((data, ctx) =>
  checkPasswordPair(data, ctx, passwordLengthProblem(data.password)),
);
export type SignUpInput = z.infer<typeof signUpFields>;

/**
 * The page to land on after logging in (a hidden field of both login steps). Any text passes:
 * the actions go there only when `safeReturnPath` (lib/http/return-path.ts) accepts it.
 */
const returnTo = z.string().optional();

export const loginSchema = z.object({
  login: plainText().min(1, "Enter your login or email address.").max(254),
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX),
  returnTo,
});
export type LoginInput = z.infer<typeof loginSchema>;

export const verificationCodeSchema = z.object({
  code: plainText().regex(/^\d{6}$/, "Enter the 6-digit code from the email."),
  returnTo,
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordFields = z.object(passwordPair);

/** The reset password form; the action parses `resetPasswordSchema` (password-schemas.ts). */
export const resetPasswordFormSchema = resetPasswordFields.superRefine((data, ctx) =>
  checkPasswordPair(data, ctx, passwordLengthProblem(data.password)),
);
export type ResetPasswordInput = z.infer<typeof resetPasswordFields>;

const INVALID_LINK = "This link is not valid.";
/** The token of an emailed link (confirm email, reset password), bound to its page's form. */
export const linkTokenSchema = z
  .string(INVALID_LINK)
  .max(200, INVALID_LINK)
  .regex(/^[A-Za-z0-9_-]+$/, INVALID_LINK); // base64url, as randomToken() makes them

/** The confirm-email form: one button, no fields; the token is bound. */
export const confirmEmailSchema = z.object({});
