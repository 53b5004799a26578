import { checkDatabase } from "@/lib/health/check-database";

export const dynamic = "force-dynamic";

// Outside the proxy (proxy.ts: a probe needs neither a nonce nor a session), so its own policy:
// JSON that loads nothing.
const noStore = {
  "Cache-Control": "no-store, max-age=0",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
};

/** For load balancers and the e2e web server: 200 when the database answers, 503 otherwise. */
export async function GET() {
  const healthy = await checkDatabase();
  return Response.json(
    { status: healthy ? "ok" : "error" },
    { status: healthy ? 200 : 503, headers: noStore },
  );
}
