// Where a person was going when the login page stopped them: carried through both steps of the
// login (Login + Password, then the emailed code) as a query parameter and a hidden field, and
// checked here every time it is read, because anyone can write it into a link.

/** The request's own path and query, set by proxy.ts for requireActor's redirect to /login. */
export const REQUEST_PATH_HEADER = "x-clico-request-path";

/** The query parameter and form field that carry the path through the login pages. */
export const RETURN_TO = "returnTo";

const MAX_LENGTH = 2048;
// Resolves relative paths only; never contacted.
const BASE = "https://return-path.invalid";
// Browsers drop tabs and newlines from URLs and read "\" as "/": "/\t/evil" and "/\evil" are "//evil".
const UNSAFE_CHARACTER = /[\u0000-\u0020\u007f\\]/;

/** The login pages themselves: going back there after logging in would start over. */
const isLoginPath = (pathname: string) => pathname === "/login" || pathname.startsWith("/login/");

/**
 * `value` as a path on this site to send a just-logged-in user to, or null (then the start
 * page decides). Only a relative path of this origin passes: never `//host`, `/\host`, an
 * absolute URL or `javascript:`. The path is given back as the URL parser normalised it, and
 * checked again, so `/.//host` cannot become `//host`.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (!value.startsWith("/") || value.startsWith("//") || UNSAFE_CHARACTER.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || isLoginPath(url.pathname)) return null;
  return path;
}

/** Where a login lands without a return path (the start page sends each role to its own). */
const START_PAGES = new Set(["/", "/dashboard", "/staff"]);

/**
 * `pathname` with the return path as its query ("/login?returnTo=…") when there is a safe one
 * that is not a start page.
 */
export function withReturnTo(pathname: string, returnTo: unknown): string {
  const safe = safeReturnPath(returnTo);
  return safe && !START_PAGES.has(safe)
    ? `${pathname}?${new URLSearchParams({ [RETURN_TO]: safe })}`
    : pathname;
}
