import { isIPv4 } from "node:net";

/**
 * The one header that carries the client's address from our server (scripts/lib/serve.ts) to the
 * app. The server overwrites it on every request, so a client-sent copy never reaches the app.
 */
export const CLIENT_ADDRESS_HEADER = "x-clico-client-address";

/** `::ffff:203.0.113.9` (an IPv4 client on a dual-stack socket) is written as 203.0.113.9. */
function normalise(address: string): string {
  const mapped = address.replace(/^::ffff:/i, "");
  return isIPv4(mapped) ? mapped : address;
}

/**
 * The address the outermost trusted proxy saw. Every proxy appends the address it received the
 * request from to X-Forwarded-For, so with `trustedProxies` proxies in front the client is that
 * many entries from the end, and entries before it were written by the client. With no trusted
 * proxy, or fewer entries than proxies (the request bypassed them), it is the socket's peer.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string | null {
  const socket = socketAddress ? normalise(socketAddress) : null;
  if (trustedProxies === 0) return socket;
  const hops = [forwardedFor ?? []]
    .flat()
    .flatMap((value) => value.split(","))
    .map((hop) => hop.trim())
    .filter(Boolean);
  const hop = hops[hops.length - trustedProxies];
  return hop ? normalise(hop) : socket;
}

/** The client address our server put on the request (null when the app runs without it). */
export function clientAddressOf(headers: Pick<Headers, "get">): string | null {
  return headers.get(CLIENT_ADDRESS_HEADER);
}
