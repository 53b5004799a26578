import { headers } from "next/headers";
import { clientAddressOf } from "./client-address";

export type RequestContext = { ip: string | null; userAgent: string | null };

/** Who is asking: the client address our server resolved (see client-address.ts) and the browser. */
export async function getRequestContext(): Promise<RequestContext> {
  const list = await headers();
  return {
    ip: clientAddressOf(list),
    userAgent: list.get("user-agent")?.slice(0, 512) ?? null,
  };
}
