const HIDDEN = "•••";

/**
 * An address as the login page may show it to whoever typed a correct password: the first
 * character of the mailbox and the domain, "j•••@example.com", so its owner recognises it and
 * nobody learns it from the page.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return HIDDEN;
  // by code point, so an astral first character is not cut in half
  const [first] = Array.from(email.slice(0, at));
  return `${first}${HIDDEN}${email.slice(at)}`;
}
