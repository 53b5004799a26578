// The password rule's length part: all a form needs before the server applies the full policy
// (password-policy.ts), so the login and customer pages never load the zxcvbn dictionaries.
import { msg } from "@/lib/i18n/message";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export function passwordLengthProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return msg("validation.minChars", { min: PASSWORD_MIN });
  if (password.length > PASSWORD_MAX) return msg("validation.maxChars", { max: PASSWORD_MAX });
  return null;
}
