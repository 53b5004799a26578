import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { verifyLoginCode, type LoginCodeFailure } from "./lib/auth/login";
import { clientAddressOf } from "./lib/http/client-address";
import { logger } from "./lib/logger";

/** Carries why a code was refused to the action that called signIn. */
export class LoginCodeError extends CredentialsSignin {
  constructor(failure: LoginCodeFailure) {
    super();
    this.code = failure;
  }
}

// No route handler serves Auth.js's own endpoints (/api/auth/*): every step is a server action,
// and its sign-out would clear the cookie without ending the session or recording it. Nor is its
// `auth()` used: it decodes and re-encrypts the session on every call; the proxy and
// lib/auth/actor.ts read the session with lib/auth/session-token.ts.
export const { signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A refused code is an expected outcome, already in the audit log: not an error line.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      logger.error({ err: error }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
  },
  providers: [
    // The second step of the two-step login: the first (password) created the challenge.
    Credentials({
      credentials: { challenge: {}, code: {} },
      async authorize(credentials, request) {
        const challenge =
          typeof credentials.challenge === "string" ? credentials.challenge : undefined;
        const code = typeof credentials.code === "string" ? credentials.code.trim() : "";
        const result = await verifyLoginCode(challenge, code, {
          ip: clientAddressOf(request.headers),
          userAgent: request.headers.get("user-agent"),
        });
        if (!result.ok) throw new LoginCodeError(result.failure);
        const { user, sessionId } = result;
        return {
          id: user.id,
          name: `${user.firstName} ${user.lastName}`,
          email: user.email,
          sessionId,
        };
      },
    }),
  ],
});
