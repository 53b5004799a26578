const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Whether the server answers a request with this Host header. Production answers only APP_URL's
 * host, so a request for another name (a forged Host, or DNS rebinding a name onto our address)
 * is refused before the app or Auth.js sees it. Development also answers the loopback names.
 */
export function isAllowedHost(host: string | undefined, appUrl: string, dev: boolean): boolean {
  if (!host || /[\s/\\?#@]/.test(host)) return false;
  const app = new URL(appUrl);
  let requested: URL;
  try {
    // Parsed with APP_URL's scheme, so its default port matches whether written or not.
    requested = new URL(`${app.protocol}//${host}`);
  } catch {
    return false;
  }
  if (dev && LOOPBACK_NAMES.has(requested.hostname)) return true;
  return requested.host === app.host;
}
