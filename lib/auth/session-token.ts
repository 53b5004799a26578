import { timingSafeEqual } from "node:crypto";
import { decode, encode, type JWT } from "next-auth/jwt";
import { isSessionTooOld, SESSION_IDLE_SECONDS, SESSION_REISSUE_SECONDS } from "./session-policy";

/**
 * The Auth.js session cookie, read and refreshed without Auth.js's request machinery: the
 * proxy decodes it once per request (Auth.js's own `decode`, the same key derivation and salt)
 * and re-issues it with Auth.js's `encode` only when it is older than SESSION_REISSUE_SECONDS.
 * (Auth.js re-encrypts a JWT session on every call of `auth()`; its `updateAge` applies only to
 * database sessions.) The decoded claims reach the server's render through a request header
 * that only this process can write (see sessionHeaderValue).
 */

/** Auth.js's names: `__Secure-` when its URL is https. The name is also the key's salt. */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"];

/**
 * What the server needs from a valid session token, and when the cookie the browser holds after
 * this response expires (epoch seconds): the session's end unless another request extends it.
 */
export type SessionClaims = { sub: string; sessionId: string; authTime: number; expiresAt: number };

type CookieReader = { get(name: string): { value: string } | undefined };

export type SessionCookie = { name: string; value: string; chunks: string[] };

/** The session cookie of a request, if any (Auth.js splits one over 4 kB into `name.0`, `.1`…). */
export function readSessionCookie(cookies: CookieReader): SessionCookie | null {
  for (const name of SESSION_COOKIE_NAMES) {
    const whole = cookies.get(name)?.value;
    if (whole) return { name, value: whole, chunks: [] };
    const chunks: string[] = [];
    let value = "";
    for (let i = 0; ; i++) {
      const chunk = cookies.get(`${name}.${i}`)?.value;
      if (chunk === undefined) break;
      chunks.push(`${name}.${i}`);
      value += chunk;
    }
    if (value) return { name, value, chunks };
  }
  return null;
}

/** Auth.js's secrets, newest first: AUTH_SECRET_3…1 (rotation) before AUTH_SECRET. */
function secrets(): string[] {
  const env = process.env;
  const list = [env.AUTH_SECRET_3, env.AUTH_SECRET_2, env.AUTH_SECRET_1, env.AUTH_SECRET];
  return list.filter((secret): secret is string => Boolean(secret));
}

type Decoded = { claims: SessionClaims; payload: JWT; issuedAt: number };

// A token decrypted once is the same token on the next request: the decrypted payload is kept
// by the exact token string (and salt) for the requests until it is re-issued. Its expiry and
// the absolute lifetime are checked on every use; revocation is the database's (actor.ts).
const DECODED_LIMIT = 5_000;
const decodedKey = Symbol.for("clico.auth.decodedSessions");
const globals = globalThis as { [decodedKey]?: Map<string, Decoded> };
const decodedTokens = (globals[decodedKey] ??= new Map());

async function decodeToken(cookie: SessionCookie): Promise<Decoded | null> {
  const key = `${cookie.name} ${cookie.value}`;
  const known = decodedTokens.get(key);
  if (known) return known;
  const keys = secrets();
  if (keys.length === 0) return null;
  let payload: JWT | null;
  try {
    payload = await decode({ token: cookie.value, secret: keys, salt: cookie.name });
  } catch {
    return null;
  }
  if (!payload) return null;
  const { sub, sessionId, authTime, iat, exp } = payload;
  if (typeof sub !== "string" || typeof sessionId !== "string") return null;
  if (typeof authTime !== "number" || typeof exp !== "number") return null;
  const decoded: Decoded = {
    claims: { sub, sessionId, authTime, expiresAt: exp },
    payload,
    issuedAt: typeof iat === "number" ? iat : 0,
  };
  if (decodedTokens.size >= DECODED_LIMIT) {
    // Map keeps insertion order: the oldest entry goes first.
    decodedTokens.delete(decodedTokens.keys().next().value!);
  }
  decodedTokens.set(key, decoded);
  return decoded;
}

export type SessionCheck =
  | { valid: false }
  | { valid: true; claims: SessionClaims; reissue: null }
  | { valid: true; claims: SessionClaims; reissue: { value: string; expires: Date } };

/**
 * The session a cookie carries, if it is genuine, not idle past its expiry and not past the
 * absolute lifetime; with a fresh token to set when the cookie is older than
 * SESSION_REISSUE_SECONDS (and `reissue` is asked for), or at once when `reissue` is "now".
 */
export async function checkSessionCookie(
  cookie: SessionCookie,
  { reissue, nowMs = Date.now() }: { reissue: boolean | "now"; nowMs?: number },
): Promise<SessionCheck> {
  const decoded = await decodeToken(cookie);
  const now = Math.floor(nowMs / 1000);
  const claims = decoded?.claims;
  if (!decoded || !claims || now >= claims.expiresAt || isSessionTooOld(claims.authTime, nowMs)) {
    return { valid: false };
  }
  if (!reissue || (reissue !== "now" && now - decoded.issuedAt < SESSION_REISSUE_SECONDS)) {
    return { valid: true, claims: decoded.claims, reissue: null };
  }
  const { iat: _iat, exp: _exp, jti: _jti, ...token } = decoded.payload;
  const value = await encode({
    token,
    secret: secrets()[0]!,
    salt: cookie.name,
    maxAge: SESSION_IDLE_SECONDS,
  });
  const expiresAt = now + SESSION_IDLE_SECONDS;
  return {
    valid: true,
    claims: { ...decoded.claims, expiresAt },
    reissue: { value, expires: new Date(expiresAt * 1000) },
  };
}

/** Auth.js's options for the session cookie of that name. */
export function sessionCookieOptions(name: string, expires: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: name.startsWith("__Secure-"),
    expires,
  };
}

// The proxy hands the claims it decoded to the render in this request header. A client can
// send the header too (the proxy drops it, but some routes bypass the proxy): it counts only
// with this process's random proof, which never leaves the process.
export const SESSION_HEADER = "x-clico-session";
const proofKey = Symbol.for("clico.auth.sessionHeaderProof");
const proofGlobals = globalThis as { [proofKey]?: string };

/**
 * The header's value for these claims, or for no valid session (null): written by the proxy,
 * which creates the proof.
 */
export function sessionHeaderValue(claims: SessionClaims | null): string {
  const proof = (proofGlobals[proofKey] ??= crypto.randomUUID());
  const body = claims ? [claims.sub, claims.sessionId, claims.authTime, claims.expiresAt] : null;
  return `${proof} ${JSON.stringify(body)}`;
}

/**
 * What this process's proxy found for the request (`claims`, null when no valid session), or
 * undefined when the header is absent or not the proxy's.
 */
export function sessionFromHeader(
  value: string | null,
): { claims: SessionClaims | null } | undefined {
  const proof = proofGlobals[proofKey];
  if (!value || !proof) return undefined;
  const space = value.indexOf(" ");
  const given = Buffer.from(value.slice(0, Math.max(space, 0)));
  const expected = Buffer.from(proof);
  if (space < 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(value.slice(space + 1));
    if (parsed === null) return { claims: null };
    if (!Array.isArray(parsed)) return undefined;
    const [sub, sessionId, authTime, expiresAt] = parsed as unknown[];
    if (typeof sub !== "string" || typeof sessionId !== "string") return undefined;
    if (typeof authTime !== "number" || typeof expiresAt !== "number") return undefined;
    return { claims: { sub, sessionId, authTime, expiresAt } };
  } catch {
    return undefined;
  }
}
