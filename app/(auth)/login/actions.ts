"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { resendConfirmation } from "@/lib/accounts/resend-confirmation";
import { loginSchema, verificationCodeSchema } from "@/lib/accounts/schemas";
import { runFormAction, typedValues, type FormState } from "@/lib/actions/form-action";
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
export async function loginAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(
    loginSchema,
    formData,
    async (data) => {
      const { challengeId } = await startLogin(data, await getRequestContext());
      await rememberChallenge(challengeId);
    },
    { secretFields: ["password"] },
  );
  if (state.result?.ok) redirect("/login/verify");
  return state;
}

/** Step 2: the emailed code → Auth.js issues the session and we land on the dashboard. */
export async function verifyCodeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  const parsed = verificationCodeSchema.safeParse({ code: formData.get("code") ?? "" });
  if (!parsed.success)
    return {
      result: { ok: false, fieldErrors: { code: [parsed.error.issues[0]!.message] } },
      values,
    };
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
      return { result: { ok: false, fieldErrors: { code: [message] }, reason: failure }, values };
    }
    // rate limits and other DomainErrors surface from authorize wrapped by Auth.js
    throw error;
  }
  (await cookies()).delete(LOGIN_CHALLENGE_COOKIE);
  redirect("/"); // the start page sends customers to the dashboard and staff to theirs
}

/** "Resend code": a button of the verification form, so it posts without JavaScript too. */
export async function resendCodeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const challenge = (await cookies()).get(LOGIN_CHALLENGE_COOKIE)?.value;
  return runFormAction(z.object({}), formData, async () => {
    const { challengeId } = await resendLoginCode(challenge, await getRequestContext());
    await rememberChallenge(challengeId);
  });
}

/** "Send a new confirmation link": a button of the login form, posting the typed login. */
export async function resendConfirmationAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    loginSchema.pick({ login: true }),
    formData,
    async ({ login }) => {
      await resendConfirmation(login, await getRequestContext());
    },
    { secretFields: ["password"] },
  );
}
