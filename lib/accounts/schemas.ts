import { z } from "zod";
import { msg } from "@/lib/i18n/message";
import { plainText } from "@/lib/validation/plain-text";
import { PASSWORD_MAX, passwordLengthProblem } from "./password-limits";

// Shared by the forms (react-hook-form + zodResolver) and the server actions. Passwords are
// taken as typed: they are only ever hashed, never stored or shown. Nothing here may import the
// password policy (zxcvbn): the forms check a new password's length and match, the actions parse
// with password-schemas.ts, the same fields under the full policy.

// Messages are keys of messages/<locale>.json (lib/i18n/message.ts): the form writes them in the
// reader's language.
const atMost = (max: number) => msg("validation.maxChars", { max });

const required = (requiredKey: string, max = 200) =>
  plainText().min(1, msg(requiredKey)).max(max, atMost(max));

export const loginNameSchema = plainText()
  .min(3, msg("validation.loginMin"))
  .max(64, msg("validation.loginMax"))
  .regex(/^[A-Za-z0-9._-]+$/, msg("validation.loginChars"));

export const emailSchema = plainText()
  .min(1, msg("validation.emailRequired"))
  .max(254, atMost(254))
  .pipe(z.email(msg("validation.emailInvalid")));

const passwordPair = {
  password: z
    .string()
    .min(1, msg("validation.passwordRequired"))
    .max(PASSWORD_MAX, atMost(PASSWORD_MAX)),
  confirmPassword: z.string().min(1, msg("validation.passwordRepeat")),
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
      message: msg("validation.passwordsDiffer"),
    });
}

export const signUpFields = z.object({
  firstName: required("validation.firstNameRequired", 100),
  lastName: required("validation.lastNameRequired", 100),
  email: emailSchema,
  phone: plainText()
    .min(1, msg("validation.phoneRequired"))
    .max(40, atMost(40))
    .regex(/^\+?[0-9 ()./-]{6,}$/, msg("validation.phoneInvalid")),
  company: required("validation.companyRequired", 200),
  jobTitle: plainText().max(100, atMost(100)).optional(),
  login: loginNameSchema,
  ...passwordPair,
  contractNumber: plainText()
    .min(1, msg("validation.contractNumberRequired"))
    .max(100, atMost(100)),
  activationCode: plainText().min(1, msg("validation.contractKeyRequired")).max(100, atMost(100)),
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
  login: plainText().min(1, msg("validation.loginRequired")).max(254),
  password: z.string().min(1, msg("validation.passwordLoginRequired")).max(PASSWORD_MAX),
  returnTo,
});
export type LoginInput = z.infer<typeof loginSchema>;

export const verificationCodeSchema = z.object({
  code: plainText().regex(/^\d{6}$/, msg("validation.codeInvalid")),
  returnTo,
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordFields = z.object(passwordPair);

/** The reset password form; the action parses `resetPasswordSchema` (password-schemas.ts). */
export const resetPasswordFormSchema = resetPasswordFields.superRefine((data, ctx) =>
  checkPasswordPair(data, ctx, passwordLengthProblem(data.password)),
);
export type ResetPasswordInput = z.infer<typeof resetPasswordFields>;

const INVALID_LINK = msg("validation.linkInvalid");
/** The token of an emailed link (confirm email, reset password), bound to its page's form. */
export const linkTokenSchema = z
  .string(INVALID_LINK)
  .max(200, INVALID_LINK)
  .regex(/^[A-Za-z0-9_-]+$/, INVALID_LINK); // base64url, as randomToken() makes them

/** The confirm-email form: one button, no fields; the token is bound. */
export const confirmEmailSchema = z.object({});
