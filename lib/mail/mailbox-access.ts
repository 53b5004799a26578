import { BlockList } from "node:net";
import { appEnv } from "@/lib/env";
import type { RequestContext } from "@/lib/http/request-context";

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/**
 * The development mailbox shows every login code and reset link: only to someone on this
 * machine (HOST=0.0.0.0 would otherwise show it to the whole network), and never in production.
 */
export function mayOpenMailbox(context: Pick<RequestContext, "ip">): boolean {
  if (appEnv.isProduction() || !context.ip) return false;
  const family = context.ip.includes(":") ? "ipv6" : "ipv4";
  try {
    return loopback.check(context.ip, family);
  } catch {
    return false;
  }
}
