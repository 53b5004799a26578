import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "./auth.config";

// Only the edge-safe config: here Auth.js just re-issues the session cookie on each request,
// which makes the 30-minute lifetime an idle timeout. Access is decided in lib/auth, not here.
const { auth } = NextAuth(authConfig);

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

/**
 * Security headers that differ per request. Next reads the policy from the request headers,
 * extracts the nonce and puts it on its own scripts; pages read `x-nonce` for their own.
 * The static headers (nosniff, HSTS, …) are in next.config.ts.
 */
export const proxy = auth((request) => {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // A header set here replaces the route's own: downloads keep their `default-src 'none'; sandbox`.
  if (!request.nextUrl.pathname.startsWith("/api/attachments/")) {
    response.headers.set("Content-Security-Policy", policy);
  }
  return response;
});

export const config = {
  matcher: [
    // Everything (pages, route handlers, server actions) except build assets and the favicon.
    // Not the upload route: the proxy would buffer the whole body (and cut it at 10 MB), while
    // attachments of hundreds of MB must stream straight to storage. It answers JSON only.
    "/((?!_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml|api/tickets/.+/attachments).*)",
  ],
};
