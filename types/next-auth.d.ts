import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    /** Compared with the user's current session version on every request (lib/auth/actor.ts). */
    sessionVersion: number;
    /** Seconds since the epoch when the user typed the code. */
    authTime: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    authTime?: number;
  }
}
