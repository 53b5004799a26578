import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { db } from "@/db/client";
import { users, type UserRole } from "@/db/schema";
import { isSessionTooOld } from "./session-policy";

export type Actor = {
  id: string;
  role: UserRole;
  login: string;
  email: string;
  firstName: string;
  lastName: string;
  company: string;
};

export const isStaff = (actor: Pick<Actor, "role">) => actor.role !== "customer";

/**
 * The signed-in user of this request, or null. Loads status and session version (one
 * primary-key read per request) and rejects a disabled user, a session whose version is
 * stale (password changed, signed out everywhere) or one past its absolute lifetime.
 */
export const getActor = cache(async (): Promise<Actor | null> => loadActor(await auth()));

type SessionLike = {
  user?: { id?: unknown } | null;
  sessionVersion?: unknown;
  authTime?: unknown;
} | null;

/** The checks of getActor on a given session: exported for tests. */
export async function loadActor(session: SessionLike): Promise<Actor | null> {
  // auth() may hand back an error object on misconfiguration: only a string id means signed in.
  const id = session?.user?.id;
  if (typeof id !== "string" || !session) return null;
  if (typeof session.authTime !== "number" || isSessionTooOld(session.authTime)) return null;
  const [user] = await db
    .select({
      id: users.id,
      role: users.role,
      login: users.login,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      company: users.company,
      status: users.status,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!user || user.status !== "active" || user.sessionVersion !== session.sessionVersion)
    return null;
  const { status: _status, sessionVersion: _version, ...actor } = user;
  return actor;
}

/** The signed-in user, or a redirect to the login page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

export async function requireStaff(): Promise<Actor> {
  const actor = await requireActor();
  if (!isStaff(actor)) redirect("/dashboard");
  return actor;
}
