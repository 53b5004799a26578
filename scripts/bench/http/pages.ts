import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Session } from "./browser";
import type { Case } from "./cases";
import type { LoadRequest } from "./load";

/** The case's request with its session's current cookie. */
export const withSession = (item: Case): LoadRequest =>
  item.session
    ? { ...item.request, headers: { ...item.request.headers, cookie: item.session.cookie } }
    : item.request;

const send = (url: string, request: LoadRequest) =>
  fetch(url + request.path, {
    method: request.method,
    headers: { ...request.headers, "x-forwarded-for": "198.19.0.2" },
    body: request.method === "POST" ? (request.vary?.(request).body ?? request.body) : undefined,
    redirect: "manual",
  });

/** Sends the case once: a status other than the expected one means the case measures nothing real. */
export async function probe(url: string, item: Case): Promise<void> {
  const response = await send(url, withSession(item));
  const body = await response.text();
  // The same class is enough (a redirect may become a 303).
  if (Math.floor(response.status / 100) !== Math.floor(item.expect / 100))
    throw new Error(
      `${item.name}: ${item.request.method} ${item.request.path} answered ${response.status}, not ${item.expect}: ${body.slice(0, 300)}`,
    );
}

/** Takes over the cookies the server renewed (the session's rolling expiry). */
export async function refreshSession(url: string, session: Session): Promise<void> {
  const response = await fetch(`${url}/dashboard`, {
    headers: { cookie: session.cookie, "x-forwarded-for": "198.19.0.2" },
    redirect: "manual",
  });
  await response.arrayBuffer();
  session.cookie = withSetCookies(session.cookie, response);
}

/** A Cookie header updated with a response's Set-Cookie headers (an empty value deletes). */
export function withSetCookies(cookie: string, response: Response): string {
  const cookies = new Map(
    cookie
      .split("; ")
      .filter(Boolean)
      .map((pair) => pair.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const [name, value] = pair!.split(/=(.*)/s) as [string, string];
    if (value) cookies.set(name, value);
    else cookies.delete(name);
  }
  return [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
}

/** The customer's ticket list 20 pages in, following its "Older →" links. */
export async function deepPagePath(url: string, customer: Session, pages = 20): Promise<string> {
  let current = "/tickets";
  for (let i = 1; i < pages; i++) {
    const html = await (
      await fetch(url + current, { headers: { cookie: customer.cookie } })
    ).text();
    const links = [...html.matchAll(/href="(\/tickets\?[^"]*cursor=[^"]*)"/g)];
    const next = links.at(-1)?.[1];
    if (!next) break;
    current = next.replaceAll("&amp;", "&");
  }
  return current;
}

/**
 * The ceiling: the build's static chunk closest in size to the customer dashboard's HTML,
 * served by the same server.
 */
export async function ceilingFile(
  url: string,
  customer: Session,
): Promise<Case & { bytes: number; pageBytes: number }> {
  const dashboard = await fetch(`${url}/dashboard`, { headers: { cookie: customer.cookie } });
  const pageBytes = (await dashboard.arrayBuffer()).byteLength;
  const root = ".next/static/chunks";
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".js"))
    .map((file) => ({ file, bytes: statSync(path.join(root, file)).size }));
  const closest = files.reduce((best, file) =>
    Math.abs(file.bytes - pageBytes) < Math.abs(best.bytes - pageBytes) ? file : best,
  );
  return {
    name: "static file (ceiling)",
    expect: 200,
    bytes: closest.bytes,
    pageBytes,
    request: {
      method: "GET",
      path: `/_next/static/chunks/${closest.file.split(path.sep).join("/")}`,
      headers: {},
    },
  };
}
