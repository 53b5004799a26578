import { NextResponse, type NextRequest } from "next/server";
import {
  checkSessionCookie,
  readSessionCookie,
  SESSION_HEADER,
  sessionCookieOptions,
  sessionHeaderValue,
} from "./lib/auth/session-token";
import { REQUEST_PATH_HEADER } from "./lib/http/return-path";

/**
 * Requests a page sends by itself, on a timer (components/shell/notification-bell.tsx, the
 * queue's new-tickets notice, the staff ticket page's presence heartbeat).
 */
const BACKGROUND_POLLS = [
  /^\/api\/notifications\/unread$/,
  /^\/api\/staff\/queue\/new$/,
  /^\/api\/staff\/tickets\/[^/]+\/presence$/,
];
/**
 * The session's time left (app/api/session/route.ts): asking (GET, on a timer too) is not
 * activity; "Stay signed in" (POST) extends the session at once, however recently it was.
 */
const SESSION_ROUTE = "/api/session";

function reissueFor({ method, nextUrl: { pathname } }: NextRequest): boolean | "now" {
  if (pathname === SESSION_ROUTE) return method === "POST" ? "now" : false;
  return !BACKGROUND_POLLS.some((poll) => poll.test(pathname));
}

/** 128 random bits, base64: a fresh nonce for every request. */
function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

function contentSecurityPolicy(nonce: string): string {
  const isDevelopment = process.env.NODE_ENV === "development";
  // Behind HTTPS, stray http:// subresources are upgraded; on a plain-HTTP localhost
  // (e2e, `next start` on a laptop) the same directive would break every form post.
  const isHttps = (process.env.APP_URL ?? "").startsWith("https://");
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by a nonced script are trusted; hosts and 'self' are then
    // ignored by modern browsers and kept only as a fallback for old ones.
    // React needs eval only in development (server error stacks in the browser).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    // Tailwind's output is a stylesheet from 'self'; Next puts the nonce on the style tags it
    // inlines, and styles set from JavaScript (CSSOM) are not subject to CSP. Only the dev
    // overlay injects un-nonced <style>s, so development alone allows inline styles (a nonce
    // in the list would make browsers ignore 'unsafe-inline').
    isDevelopment ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The path and query a person asked for, for the login page to send them back to. */
function requestPath(request: NextRequest): string {
  const search = new URLSearchParams(request.nextUrl.search);
  search.delete("_rsc"); // the router's cache key of a client-side navigation
  const query = search.toString();
  return `${request.nextUrl.pathname}${query ? `?${query}` : ""}`;
}

/**
 * Security headers that differ per request. Next reads the policy from the request headers,
 * extracts the nonce and puts it on its own scripts; pages read `x-nonce` for their own.
 * The static headers (nosniff, HSTS, …) are in next.config.ts.
 *
 * And the session cookie, when the request carries one: decoded once here (the render reads
 * the claims from the `x-clico-session` header, lib/auth/actor.ts) and re-issued with a new
 * expiry when it is older than a minute, which makes the 30-minute lifetime an idle timeout
 * (lib/auth/session-policy.ts). A cookie that is not valid (expired, past the absolute
 * lifetime, not ours) is cleared. Access is decided in lib/auth, not here.
 *
 * And the path asked for (`x-clico-request-path`, never a client's), which requireActor puts
 * into its redirect to /login so that the login ends there.
 */
export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  // Only this proxy says what the session is: never a client.
  requestHeaders.delete(SESSION_HEADER);
  requestHeaders.set(REQUEST_PATH_HEADER, requestPath(request));

  const cookie = readSessionCookie(request.cookies);
  // A page left open polls in the background: that is not the user's activity, and must not
  // keep an idle session alive.
  const check = cookie ? await checkSessionCookie(cookie, { reissue: reissueFor(request) }) : null;
  if (check)
    requestHeaders.set(SESSION_HEADER, sessionHeaderValue(check.valid ? check.claims : null));

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // A header set here replaces the route's own: downloads keep their `default-src 'none'; sandbox`.
  if (!request.nextUrl.pathname.startsWith("/api/attachments/")) {
    response.headers.set("Content-Security-Policy", policy);
  }
  if (cookie && check) {
    if (!check.valid) {
      for (const name of [cookie.name, ...cookie.chunks]) {
        response.cookies.set(name, "", sessionCookieOptions(name, new Date(0)));
      }
    } else if (check.reissue) {
      const { value, expires } = check.reissue;
      response.cookies.set(cookie.name, value, sessionCookieOptions(cookie.name, expires));
      for (const name of cookie.chunks) {
        response.cookies.set(name, "", sessionCookieOptions(name, new Date(0)));
      }
    }
  }
  return response;
}

export const config = {
  matcher: [
    // Everything (pages, route handlers, server actions) except build assets, the favicon and
    // the load balancers' health probe, which need neither a nonce nor a session.
    // Not the upload route: the proxy would buffer the whole body (and cut it at 10 MB), while
    // attachments of hundreds of MB must stream straight to storage. It answers JSON only.
    "/((?!_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml|api/health|api/tickets/.+/attachments).*)",
  ],
};
