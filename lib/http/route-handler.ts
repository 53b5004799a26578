import { getActor, type Actor } from "@/lib/auth/actor";
import { appEnv } from "@/lib/env";
import { logWithReference, somethingWentWrong } from "@/lib/error-reference";
import { defaultErrorMessages, httpStatusOf, isDomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";

/** No answer of a route handler is kept by a cache: each is one user's. */
export const NO_STORE = { "Cache-Control": "private, no-store" } as const;

export const jsonAnswer = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: NO_STORE });

/**
 * The answer to a failed request: a DomainError's status (httpStatusOf) with `{ error, field? }`;
 * anything else is logged once and answers 500 with the reference. `extra` joins the body
 * (e.g. the files an upload saved before it failed).
 */
export function errorAnswer(
  error: unknown,
  request: Request,
  extra: Record<string, unknown> = {},
): Response {
  if (isDomainError(error)) {
    const body = { error: error.message, field: error.field, ...extra };
    return jsonAnswer(httpStatusOf(error.code, error.reason), body);
  }
  const { pathname } = new URL(request.url);
  const ref = logWithReference(error, "route failed", { method: request.method, path: pathname });
  return jsonAnswer(500, { error: somethingWentWrong(ref), ...extra });
}

/**
 * Cookies ride along on cross-site form posts, so a POST must come from our own pages: its
 * Origin must be this host (the Host header, which a browser cannot forge) or APP_URL.
 */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return false;
  }
  const host = request.headers.get("host");
  return originUrl.host === host || originUrl.origin === new URL(appEnv.appUrl()).origin;
}

export type SignedInContext<P> = { actor: Actor; params: P };
type Handler<P> = (request: Request, context: SignedInContext<P>) => Promise<Response>;

/**
 * A route handler for a signed-in user: 401 without a session, and whatever the handler
 * throws answered by errorAnswer. With `sameOrigin`, a request from another site is refused
 * (403) before anything else.
 */
export function signedInRoute<P = Record<string, never>>(
  handler: Handler<P>,
  options: { sameOrigin?: boolean } = {},
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      if (options.sameOrigin && !isSameOrigin(request)) {
        return jsonAnswer(403, { error: msg("errors.http.otherSite") });
      }
      const actor = await getActor();
      if (!actor) return jsonAnswer(401, { error: defaultErrorMessages.unauthenticated });
      return await handler(request, { actor, params: await context.params });
    } catch (error) {
      return errorAnswer(error, request);
    }
  };
}
