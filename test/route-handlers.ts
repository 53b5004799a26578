import type { Actor } from "@/lib/auth/actor";
import { actorOf, createUser } from "./factories";

// Route handlers end to end, minus the session and the request headers. A route test mocks
// both modules with this one:
//   vi.mock("@/lib/auth/actor", () => import("@/test/route-handlers"));
//   vi.mock("@/lib/http/request-context", () => import("@/test/route-handlers"));
// and signs a real user in with `signIn()`.

const session: { actor: Actor | null } = { actor: null };

export const getActor = async () => session.actor;
export const getRequestContext = async () => ({ ip: "192.0.2.1", userAgent: "vitest" });

/** Makes a new user of the role the route's actor, and returns it. */
export async function signIn(role: Actor["role"] = "customer"): Promise<Actor> {
  session.actor = actorOf(await createUser({ role }));
  return session.actor;
}

/** Makes `actor` (or nobody) the route's actor. */
export function signInAs(actor: Actor | null) {
  session.actor = actor;
}

/** The second argument Next passes a handler of a `[id]` route. */
export const params = (id: string) => ({ params: Promise.resolve({ id }) });

/** A multipart POST of the fields and files, in order, from `origin` (null: no Origin). */
export function uploadRequest(
  ticketId: string,
  parts: Array<[string, string | Blob, string?]>,
  origin: string | null = "http://localhost:3000",
) {
  const form = new FormData();
  for (const [name, value, fileName] of parts) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, value, fileName);
  }
  const headers: Record<string, string> = { host: "localhost:3000" };
  if (origin) headers.origin = origin;
  return new Request(`http://localhost:3000/api/tickets/${ticketId}/attachments`, {
    method: "POST",
    body: form,
    headers,
  });
}

/** Two files for uploadRequest: an HTML page (38 bytes) and "notes ż.txt" (2000 bytes). */
export const pageAndNotes = (): Array<[string, Blob, string]> => [
  [
    "file",
    new Blob(["<html><script>alert(1)</script></html>"], { type: "text/html" }),
    "page.html",
  ],
  ["file", new Blob(["a".repeat(2000)], { type: "text/plain" }), "notes ż.txt"],
];
