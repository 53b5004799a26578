import { and, eq, isNull } from "drizzle-orm";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/db/client";
import { users, userSessions, type UserRole } from "@/db/schema";
import type { Locale } from "@/db/schema";
import { REQUEST_PATH_HEADER, withReturnTo } from "@/lib/http/return-path";
import { isSessionTooOld } from "./session-policy";
import { sessionEndedLoginPath } from "./session-timeout";
import { sessionIdHash } from "./sessions";
import {
  checkSessionCookie,
  readSessionCookie,
  SESSION_HEADER,
  sessionFromHeader,
  type SessionClaims,
} from "./session-token";

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
 * A request's valid session: who is acting, which of their sessions it is, and the language
 * they chose (none: the browser's, lib/i18n).
 */
export type SignedIn = { actor: Actor; sessionId: string; locale: Locale | null };

/**
 * The session claims of this request: those the proxy decoded (proxy.ts), or, where the proxy
 * did not run (a route outside its matcher), the session cookie decoded here.
 */
const requestClaims = cache(async (): Promise<SessionClaims | null> => {
  const fromProxy = sessionFromHeader((await headers()).get(SESSION_HEADER));
  if (fromProxy) return fromProxy.claims;
  const cookie = readSessionCookie(await cookies());
  const check = cookie ? await checkSessionCookie(cookie, { reissue: false }) : null;
  return check?.valid ? check.claims : null;
});

async function requestSession(): Promise<SessionLike> {
  const claims = await requestClaims();
  if (!claims) return null;
  return { user: { id: claims.sub }, sessionId: claims.sessionId, authTime: claims.authTime };
}

/**
 * Seconds until this request's session ends unless a later request extends it (the cookie the
 * browser holds after this response expires then); 0 when it is not signed in.
 */
export async function getSessionSecondsLeft(nowMs = Date.now()): Promise<number> {
  const [signedIn, claims] = await Promise.all([getSignedIn(), requestClaims()]);
  if (!signedIn || !claims) return 0;
  return Math.max(0, claims.expiresAt - Math.floor(nowMs / 1000));
}

/**
 * The signed-in user of this request and their session, or null. One query per request: the
 * user's row joined with the session's, rejecting a disabled user, an ended session (signed out,
 * everywhere, password reset, disabled) or one past its absolute lifetime.
 */
export const getSignedIn = cache(async (): Promise<SignedIn | null> =>
  loadSignedIn(await requestSession()),
);

export const getActor = cache(
  async (): Promise<Actor | null> => (await getSignedIn())?.actor ?? null,
);

type SessionLike = {
  user?: { id?: unknown } | null;
  sessionId?: unknown;
  authTime?: unknown;
} | null;

/** The checks of getSignedIn on a given session: exported for tests. */
export async function loadSignedIn(session: SessionLike): Promise<SignedIn | null> {
  // Only a string id means signed in.
  const id = session?.user?.id;
  const sessionId = session?.sessionId;
  if (typeof id !== "string" || typeof sessionId !== "string" || !session) return null;
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
      locale: users.locale,
    })
    .from(users)
    .innerJoin(
      userSessions,
      and(
        eq(userSessions.idHash, sessionIdHash(sessionId)),
        eq(userSessions.userId, users.id),
        isNull(userSessions.endedAt),
      ),
    )
    .where(eq(users.id, id))
    .limit(1);
  if (!user || user.status !== "active") return null;
  const { status: _status, locale, ...actor } = user;
  return { actor, sessionId, locale };
}

export async function loadActor(session: SessionLike): Promise<Actor | null> {
  return (await loadSignedIn(session))?.actor ?? null;
}

/**
 * The signed-in user, or a redirect to the login page, which then leads back to this page. A
 * form posted (a server action) without a session was sent from a page whose session ended
 * meanwhile: the login page says so, and the page's draft waits there (components/forms/use-draft).
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const request = await headers();
    const path = request.get(REQUEST_PATH_HEADER);
    redirect(
      request.has("next-action") && path
        ? sessionEndedLoginPath(path)
        : withReturnTo("/login", path),
    );
  }
  return actor;
}

export async function requireStaff(): Promise<Actor> {
  const actor = await requireActor();
  if (!isStaff(actor)) redirect("/dashboard");
  return actor;
}
