import { redirect } from "next/navigation";
import type { Actor, SignedIn } from "@/lib/auth/actor";
import { actorOf, createSession, createUser } from "../factories";

// The request around a server action called from a test: the signed-in user, the request's
// cookies and headers, and Next's cache. A fuzz test file mocks the modules with these:
//   vi.mock("next/headers", () => import("@/test/fuzz/request-scope").then((m) => m.nextHeaders));
//   vi.mock("next/cache", () => import("@/test/fuzz/request-scope").then((m) => m.nextCache));
//   vi.mock("@/lib/auth/actor", async (original) => ({
//     ...(await original()), ...(await import("@/test/fuzz/request-scope")).signedInUser }));
//   vi.mock("@/lib/http/request-context", () => import("@/test/fuzz/request-scope").then((m) => m.requestContext));

const scope: { signedIn: SignedIn | null; cookies: Map<string, string> } = {
  signedIn: null,
  cookies: new Map(),
};

/** Makes a new user of `role` (with a session) the one signed in, and returns it. */
export async function signIn(role: Actor["role"] = "customer"): Promise<Actor> {
  const user = await createUser({ role });
  const { sessionId } = await createSession(user);
  const actor = actorOf(user);
  scope.signedIn = { actor, sessionId, locale: null };
  return actor;
}

export const signedInUser = {
  getSignedIn: async () => scope.signedIn,
  getActor: async () => scope.signedIn?.actor ?? null,
  requireActor: async () => scope.signedIn?.actor ?? redirect("/login"),
  requireStaff: async () => {
    const actor = scope.signedIn?.actor;
    return actor && actor.role !== "customer" ? actor : redirect("/login");
  },
};

const cookieJar = {
  get: (name: string) => {
    const value = scope.cookies.get(name);
    return value === undefined ? undefined : { name, value };
  },
  set: (name: string, value: string) => void scope.cookies.set(name, value),
  delete: (name: string) => void scope.cookies.delete(name),
};

export const nextHeaders = {
  cookies: async () => cookieJar,
  headers: async () => new Headers({ "user-agent": "vitest" }),
};

/** The request's cookies, e.g. the login challenge a fuzz run sets or reads. */
export const requestCookies = scope.cookies;

export const nextCache = { revalidatePath: () => {}, revalidateTag: () => {} };

export const requestContext = {
  getRequestContext: async () => ({ ip: "192.0.2.77", userAgent: "vitest" }),
};
