/** Idle timeout: the session JWT's rolling lifetime. */
export const SESSION_IDLE_SECONDS = 30 * 60;
/** Absolute lifetime from the moment of authentication, however active the user is. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/**
 * The session cookie is re-issued (re-encrypted with a new expiry) on a request at most this
 * long after it was issued, not on every request: an idle session then ends between
 * SESSION_IDLE_SECONDS minus this and SESSION_IDLE_SECONDS after its last request, never later.
 */
export const SESSION_REISSUE_SECONDS = 60;

export const LOGIN_CODE_MINUTES = 10;
export const LOGIN_CODE_MAX_TRIES = 5;
export const LOGIN_CHALLENGE_COOKIE = "clico_login_challenge";

export function isSessionTooOld(authTimeSeconds: number | undefined, nowMs = Date.now()): boolean {
  return !authTimeSeconds || nowMs / 1000 - authTimeSeconds > SESSION_ABSOLUTE_SECONDS;
}

/** How long before the idle timeout the page warns and offers "Stay signed in". */
export const SESSION_WARNING_SECONDS = 2 * 60;
