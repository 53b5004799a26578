// The password rule's length part: all a form needs before the server applies the full policy
// (password-policy.ts), so the login and customer pages never load the zxcvbn dictionaries.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export function passwordLengthProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  return null;
}
