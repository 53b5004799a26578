import { headers } from "next/headers";

export type RequestContext = { ip: string | null; userAgent: string | null };

/**
 * The client's IP as seen by the nearest trusted proxy. Each proxy appends the address it
 * received the request from to X-Forwarded-For, so with TRUSTED_PROXY_COUNT proxies in front
 * (default 1: the load balancer) the client is that many entries from the end; entries before
 * it were written by the client and can't be trusted for rate limits.
 */
export function clientIpFrom(forwardedFor: string | null, trustedProxies: number): string | null {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (!hops.length) return null;
  return hops[Math.max(0, hops.length - Math.max(1, trustedProxies))] ?? null;
}

export async function getRequestContext(): Promise<RequestContext> {
  const list = await headers();
  const trusted = Number(process.env.TRUSTED_PROXY_COUNT ?? 1);
  return {
    ip:
      clientIpFrom(list.get("x-forwarded-for"), Number.isFinite(trusted) ? trusted : 1) ??
      list.get("x-real-ip"),
    userAgent: list.get("user-agent")?.slice(0, 512) ?? null,
  };
}
