import { checkDatabase } from "@/lib/health/check-database";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store, max-age=0" };

/** For load balancers and the e2e web server: 200 when the database answers, 503 otherwise. */
export async function GET() {
  const healthy = await checkDatabase();
  return Response.json(
    { status: healthy ? "ok" : "error" },
    { status: healthy ? 200 : 503, headers: noStore },
  );
}
