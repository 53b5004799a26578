import { headers } from "next/headers";

export type RequestContext = { ip: string | null; userAgent: string | null };

/** Client IP (first X-Forwarded-For hop, set by our load balancer) and user agent, for limits and audit. */
export async function getRequestContext(): Promise<RequestContext> {
  const list = await headers();
  const forwarded = list.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: forwarded || list.get("x-real-ip") || null,
    userAgent: list.get("user-agent")?.slice(0, 512) ?? null,
  };
}
