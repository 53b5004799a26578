"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { resendConfirmation } from "@/lib/accounts/resend-confirmation";
import { loginSchema, verificationCodeSchema } from "@/lib/accounts/schemas";
import { parseAndRun, type ActionResult } from "@/lib/actions/action-result";
import {
  loginCodeMessages,
  resendLoginCode,
  startLogin,
  type LoginCodeFailure,
} from "@/lib/auth/login";
import { LOGIN_CHALLENGE_COOKIE, LOGIN_CODE_MINUTES } from "@/lib/auth/session-policy";
import { getRequestContext } from "@/lib/http/request-context";
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
export async function loginAction(input: unknown): Promise<ActionResult> {
  const result = await parseAndRun(loginSchema, input, async (data) => {
    const { challengeId } = await startLogin(data, await getRequestContext());
    await rememberChallenge(challengeId);
  });
  if (result.ok) redirect("/login/verify");
  return result;
}

/** Step 2: the emailed code → Auth.js issues the session and we land on the dashboard. */
export async function verifyCodeAction(input: unknown): Promise<ActionResult> {
  const parsed = verificationCodeSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, fieldErrors: { code: [parsed.error.issues[0]!.message] } };
  const challenge = (await cookies()).get(LOGIN_CHALLENGE_COOKIE)?.value;
  try {
    await signIn("credentials", {
      challenge: challenge ?? "",
      code: parsed.data.code,
      redirect: false,
    });
  } catch (error) {
    if (error instanceof AuthError) {
      const failure = ("code" in error ? error.code : "invalid_code") as LoginCodeFailure;
      const message = loginCodeMessages[failure] ?? loginCodeMessages.invalid_code;
      return { ok: false, fieldErrors: { code: [message] }, reason: failure };
    }
    // rate limits and other DomainErrors surface from authorize wrapped by Auth.js
    throw error;
  }
  (await cookies()).delete(LOGIN_CHALLENGE_COOKIE);
  redirect("/"); // the start page sends customers to the dashboard and staff to theirs
}

export async function resendCodeAction(): Promise<ActionResult> {
  const challenge = (await cookies()).get(LOGIN_CHALLENGE_COOKIE)?.value;
  return parseAndRun(z.object({}), {}, async () => {
    const { challengeId } = await resendLoginCode(challenge, await getRequestContext());
    await rememberChallenge(challengeId);
  });
}

export async function resendConfirmationAction(input: unknown): Promise<ActionResult> {
  return parseAndRun(loginSchema.pick({ login: true }), input, async ({ login }) => {
    await resendConfirmation(login, await getRequestContext());
  });
}
