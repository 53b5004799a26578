import { setLocaleAction } from "@/app/locale-action";
import { localeChoiceSchema } from "@/lib/i18n/locale-choice";
import fc from "fast-check";
import { beforeAll, describe, it, vi } from "vitest";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { loginSchema, verificationCodeSchema } from "@/lib/accounts/schemas";
import { confirmEmailSchema, forgotPasswordSchema, linkTokenSchema } from "@/lib/accounts/schemas";
import { resetPasswordSchema, signUpSchema } from "@/lib/accounts/password-schemas";
import { LOGIN_CHALLENGE_COOKIE } from "@/lib/auth/session-policy";
import { createContract, createUser, latestEmailTo, linkIn, TEST_PASSWORD } from "@/test/factories";
import { fuzzAction, fuzzTimeout } from "@/test/fuzz/action-fuzz";
import { hostileString } from "@/test/fuzz/hostile-strings";
import { confirmEmailAction } from "./confirm-email/[token]/actions";
import { forgotPasswordAction } from "./forgot-password/actions";
import {
  loginAction,
  resendCodeAction,
  resendConfirmationAction,
  verifyCodeAction,
} from "./login/actions";
import { resetPasswordAction } from "./reset-password/[token]/actions";
import { signUpAction } from "../(register)/sign-up/actions";
import { signOutAction } from "../sign-out-action";
import { z } from "zod";

// Auth.js reads its secret when auth.ts is first imported, as the server has it from the start.
vi.hoisted(() => {
  process.env.AUTH_SECRET = "a-fuzz-test-secret-of-forty-characters-0";
});

vi.mock("next/headers", () => import("@/test/fuzz/request-scope").then((m) => m.nextHeaders));
vi.mock("next/cache", () => import("@/test/fuzz/request-scope").then((m) => m.nextCache));
vi.mock("@/lib/auth/actor", async (original) => ({
  ...(await original<object>()),
  ...(await import("@/test/fuzz/request-scope")).signedInUser,
}));
vi.mock("@/lib/http/request-context", () =>
  import("@/test/fuzz/request-scope").then((m) => m.requestContext),
);
vi.mock("@/lib/crypto/secrets", async (original) => ({
  ...(await original<object>()),
  ...(await import("@/test/fuzz/fast-hashing")).fastHashing,
}));
// The answers that must not tell whether an account exists wait out a fixed time (tested with
// their use cases); a fuzz run is about the input, not that wait.
vi.mock("@/lib/timing/at-least", () => ({
  takingAtLeast: <T>(_ms: number, work: () => Promise<T>) => work(),
}));

const context = { ip: "192.0.2.77", userAgent: "vitest" };

/** A token as a browser may send it: a real one (reset or confirm), random, or hostile text. */
const tokenTexts = (real: string[]) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...real) },
    {
      weight: 2,
      arbitrary: fc.base64String({ maxLength: 60 }).map((s) => s.replace(/[+/=]/g, "_")),
    },
    { weight: 1, arbitrary: hostileString },
  );

/** A bound link token: any token text, or any value a client sends from code. */
const tokens = (real: string[]) =>
  fc.oneof(
    { weight: 5, arbitrary: tokenTexts(real) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
  );

/** The login challenge cookie: absent, or any token text. */
const challengeCookie = (real: string[]) =>
  fc.record({ [LOGIN_CHALLENGE_COOKIE]: tokenTexts(real) }, { requiredKeys: [] }) as fc.Arbitrary<
    Record<string, string>
  >;

describe("the sign-in actions, for any input", () => {
  const logins: string[] = [];
  const emails: string[] = [];
  const resetTokens: string[] = [];
  const confirmTokens: string[] = [];
  let contract: { number: string; activationCode: string };

  beforeAll(async () => {
    for (const status of ["active", "active", "pending_confirmation", "disabled"] as const) {
      const user = await createUser({
        status,
        emailConfirmedAt: status === "active" ? new Date() : null,
      });
      logins.push(user.login);
      emails.push(user.email);
      if (status === "active") {
        await requestPasswordReset(user.email, context);
        const email = await latestEmailTo(user.email);
        resetTokens.push(linkIn(email!.text, "reset-password").split("/").pop()!);
      }
    }
    const created = await createContract();
    contract = { number: created.number, activationCode: created.key };
    const unconfirmed = await createUser({
      status: "pending_confirmation",
      emailConfirmedAt: null,
    });
    confirmTokens.push(unconfirmed.id.replace(/-/g, "")); // a well-formed token that is nobody's
  });

  const knownLogin = () => ({ login: fc.constantFrom(...logins, ...emails) });

  it(
    "the language switcher",
    () => fuzzAction({ action: setLocaleAction, input: localeChoiceSchema }),
    fuzzTimeout(),
  );

  it(
    "Login (step 1)",
    () =>
      fuzzAction({
        action: loginAction,
        input: loginSchema,
        secretFields: ["password"],
        known: { ...knownLogin(), password: [TEST_PASSWORD] },
        rateLimited: true,
      }),
    fuzzTimeout(),
  );

  it(
    "the emailed code (step 2), with any challenge cookie",
    () =>
      fuzzAction({
        action: verifyCodeAction,
        input: verificationCodeSchema,
        cookies: challengeCookie(confirmTokens),
        rateLimited: true,
      }),
    fuzzTimeout(),
  );

  it(
    "Resend code",
    () =>
      fuzzAction({
        action: resendCodeAction,
        input: z.object({}),
        cookies: challengeCookie(confirmTokens),
        rateLimited: true,
      }),
    fuzzTimeout(),
  );

  it(
    "Send a new confirmation link",
    () =>
      fuzzAction({
        action: resendConfirmationAction,
        input: loginSchema.pick({ login: true }),
        secretFields: ["password"],
        known: knownLogin(),
        rateLimited: true,
      }),
    fuzzTimeout(),
  );

  it(
    "Forgot my password",
    () =>
      fuzzAction({
        action: forgotPasswordAction,
        input: forgotPasswordSchema,
        known: { email: emails },
        rateLimited: true,
      }),
    fuzzTimeout(),
  );

  it(
    "a new password from the reset link",
    () =>
      fuzzAction({
        action: resetPasswordAction,
        input: resetPasswordSchema,
        bound: [{ schema: linkTokenSchema, values: tokens(resetTokens) }],
        secretFields: ["password", "confirmPassword"],
        rateLimited: true,
      }),
    fuzzTimeout(),
  );

  it(
    "the email confirmation link",
    () =>
      fuzzAction({
        action: confirmEmailAction,
        input: confirmEmailSchema,
        bound: [{ schema: linkTokenSchema, values: tokens(confirmTokens) }],
        rateLimited: true,
      }),
    fuzzTimeout(),
  );

  it(
    "Sign Up",
    () =>
      fuzzAction({
        action: signUpAction,
        input: signUpSchema,
        secretFields: ["password", "confirmPassword"],
        known: {
          contractNumber: [contract.number],
          activationCode: [contract.activationCode],
          login: logins,
          email: emails,
        },
        rateLimited: true,
      }),
    fuzzTimeout(),
  );

  it(
    "Sign out, signed in or not",
    () =>
      fuzzAction({
        action: signOutAction,
        input: z.object({ everywhere: z.literal("yes").optional().catch(undefined) }),
      }),
    fuzzTimeout(),
  );
});
