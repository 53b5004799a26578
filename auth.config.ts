import type { NextAuthConfig } from "next-auth";
import { isSessionTooOld, SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";

/**
 * The Auth.js config without providers: no database. Auth.js issues the session cookie at
 * login (maxAge: the idle timeout); proxy.ts re-issues it on activity (lib/auth/session-token.ts)
 * — Auth.js's `updateAge` applies only to database sessions.
 */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  // In production only with AUTH_URL (npm start sets it to APP_URL): Auth.js then builds every
  // URL from it, never from the request's Host or X-Forwarded-Host.
  trustHost: process.env.NODE_ENV !== "production" || Boolean(process.env.AUTH_URL),
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sessionId = user.sessionId;
        token.authTime = Math.floor(Date.now() / 1000);
      }
      // Past the absolute lifetime the token is dropped, however recently it was used.
      if (isSessionTooOld(token.authTime)) return null;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionId = token.sessionId ?? "";
      session.authTime = token.authTime ?? 0;
      return session;
    },
  },
} satisfies NextAuthConfig;
