import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionId?: string;
  }
  interface Session {
    /** The server-side session's id: its row is checked on every request (lib/auth/actor.ts). */
    sessionId: string;
    /** Seconds since the epoch when the user typed the code. */
    authTime: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionId?: string;
    authTime?: number;
  }
}
