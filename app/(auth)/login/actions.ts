"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { resendConfirmation } from "@/lib/accounts/resend-confirmation";
import { loginSchema, verificationCodeSchema } from "@/lib/accounts/schemas";
import { serverAction } from "@/lib/actions/server-action";
import { DomainError } from "@/lib/errors";
import {
  loginCodeMessages,
  resendLoginCode,
  startLogin,
  type LoginCodeFailure,
} from "@/lib/auth/login";
import { LOGIN_CHALLENGE_COOKIE, LOGIN_CODE_MINUTES } from "@/lib/auth/session-policy";
import { getRequestContext } from "@/lib/http/request-context";
import { safeReturnPath, withReturnTo } from "@/lib/http/return-path";
import { z } from "zod";

async function rememberChallenge(challengeId: string) {
  (await cookies()).set(LOGIN_CHALLENGE_COOKIE, challengeId, {
    httpOnly: true,
    sameSite: "lax",
    secure:
      process.env.NODE_ENV === "production" && (process.env.APP_URL ?? "").startsWith("https://"),
    path: "/",
    maxAge: LOGIN_CODE_MINUTES * 60,
  });
}

/** Step 1: Login + Password → the code goes out by email; no session yet. */
export const loginAction = serverAction(
  { name: "login", actor: "anyone", input: loginSchema, secretFields: ["password"] },
  async ({ input }) => {
    const { challengeId } = await startLogin(input, await getRequestContext());
    await rememberChallenge(challengeId);
    redirect(withReturnTo("/login/verify", input.returnTo));
  },
);

/** Step 2: the emailed code → Auth.js issues the session; we land where the login began. */
export const verifyCodeAction = serverAction(
  { name: "verifyCode", actor: "anyone", input: verificationCodeSchema },
  async ({ input }) => {
    const challenge = (await cookies()).get(LOGIN_CHALLENGE_COOKIE)?.value;
    try {
      await signIn("credentials", {
        challenge: challenge ?? "",
        code: input.code,
        redirect: false,
      });
    } catch (error) {
      // rate limits and other DomainErrors surface from authorize wrapped by Auth.js
      if (!(error instanceof AuthError)) throw error;
      const failure = ("code" in error ? error.code : "invalid_code") as LoginCodeFailure;
      const message = loginCodeMessages[failure] ?? loginCodeMessages.invalid_code;
      throw new DomainError("invalid", { field: "code", message, reason: failure });
    }
    (await cookies()).delete(LOGIN_CHALLENGE_COOKIE);
    // without a safe return path, the start page sends customers to the dashboard, staff to theirs
    redirect(safeReturnPath(input.returnTo) ?? "/");
  },
);

/** "Resend code": a button of the verification form, so it posts without JavaScript too. */
export const resendCodeAction = serverAction(
  { name: "resendCode", actor: "anyone", input: z.object({}) },
  async () => {
    const challenge = (await cookies()).get(LOGIN_CHALLENGE_COOKIE)?.value;
    const { challengeId } = await resendLoginCode(challenge, await getRequestContext());
    await rememberChallenge(challengeId);
  },
);

/** "Send a new confirmation link": a button of the login form, posting the typed login. */
export const resendConfirmationAction = serverAction(
  {
    name: "resendConfirmation",
    actor: "anyone",
    input: loginSchema.pick({ login: true }),
    secretFields: ["password"],
    keepValues: true,
  },
  async ({ input: { login } }) => {
    await resendConfirmation(login, await getRequestContext());
  },
);
