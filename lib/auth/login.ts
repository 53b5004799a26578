import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { oneTimeSecrets, users, type User } from "@/db/schema";
import { sendLoginCodeEmail } from "@/lib/accounts/account-emails";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import {
  constantTimeEqual,
  hashSecret,
  randomDigits,
  sha256,
  verifySecret,
} from "@/lib/crypto/secrets";
import { DomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { recipientLocale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";
import { consumeOpenSecrets } from "./one-time-secrets";
import {
  assertUnderLimits,
  consumeLimits,
  countFailure,
  msUntilUnderLimits,
  resetLimit,
  type LimitCheck,
} from "@/lib/rate-limit/limits";
import { findUserByLoginOrEmail } from "./find-user";
import { maskEmail } from "./mask-email";
import { startSession } from "./sessions";
import { LOGIN_CODE_MAX_TRIES, LOGIN_CODE_MINUTES } from "./session-policy";

// Verified against when the login does not exist, so a miss costs the same time as a hit.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashSecret("not-a-real-password-only-for-timing"));

const WRONG_CREDENTIALS = msg("errors.auth.wrongCredentials");

const codeHash = (challengeId: string, code: string) => sha256(`${challengeId}:${code}`);

/**
 * Step 1 of login: checks login + password and emails a 6-digit code. Returns the id of the
 * login challenge (kept in an HttpOnly cookie); there is no session until the code is checked.
 */
export async function startLogin(
  input: { login: string; password: string },
  context: RequestContext,
): Promise<{ challengeId: string }> {
  const user = await findUserByLoginOrEmail(db, input.login);
  // One count per account whichever of its names was typed; typed text only when none matches.
  const account = user?.id ?? input.login;
  const limits: LimitCheck[] = [
    ["passwordFailPerAddress", context.ip],
    ["passwordFailPerAccountAddress", account, context.ip],
    ["passwordFailPerAccount", account],
  ];
  try {
    await assertUnderLimits(limits, "login");
  } catch (error) {
    if (error instanceof DomainError && error.code === "rate_limited") {
      await recordAuditEvent(db, {
        actorId: user?.id,
        action: "auth.lockout",
        outcome: "denied",
        details: { login: input.login.trim().slice(0, 100) },
        ...context,
      });
    }
    throw error;
  }
  const fail = async (
    reason: string,
    message = WRONG_CREDENTIALS,
    extra: Partial<DomainError> = {},
  ) => {
    await recordAuditEvent(db, {
      actorId: user?.id,
      action: "auth.login",
      targetType: "user",
      targetId: user?.id,
      outcome: "failure",
      details: { reason, login: user ? undefined : input.login.slice(0, 100) },
      ...context,
    });
    return new DomainError("unauthenticated", {
      message,
      reason: extra.reason ?? reason,
      field: extra.field,
    });
  };

  // A migrated TAC account has no password: it is verified against the dummy hash like an
  // unknown login and gets the same answer, whose second sentence tells its owner what to do.
  const passwordOk = await verifySecret(
    user?.passwordHash ?? (await getDummyHash()),
    input.password,
  );
  if (!user || !user.passwordHash || !passwordOk) {
    await countFailure(limits);
    // The audit log tells a migrated account apart; the answer (reason included) does not.
    throw await fail(
      user?.status === "password_reset_required" ? "password_reset_required" : "wrong_credentials",
      WRONG_CREDENTIALS,
      { reason: "wrong_credentials" },
    );
  }
  if (user.status === "disabled") {
    throw await fail("disabled", msg("errors.auth.disabled"));
  }
  if (user.status === "pending_confirmation") {
    throw await fail("unconfirmed", msg("errors.auth.unconfirmed"));
  }

  await resetLimit("passwordFailPerAccountAddress", account, context.ip);
  await consumeLimits([["loginCodesPerAccount", user.id]], "login");
  return issueLoginCode(user, context);
}

async function issueLoginCode(user: User, context: RequestContext) {
  const code = randomDigits(6);
  return db.transaction(async (tx) => {
    // A new code invalidates every older one.
    await consumeOpenSecrets(tx, user.id, "login_code");
    const [challenge] = await tx
      .insert(oneTimeSecrets)
      .values({
        purpose: "login_code",
        userId: user.id,
        secretHash: "pending",
        expiresAt: new Date(Date.now() + LOGIN_CODE_MINUTES * 60_000),
        maxAttempts: LOGIN_CODE_MAX_TRIES,
      })
      .returning({ id: oneTimeSecrets.id });
    await tx
      .update(oneTimeSecrets)
      .set({ secretHash: codeHash(challenge!.id, code) })
      .where(eq(oneTimeSecrets.id, challenge!.id));
    await sendLoginCodeEmail(tx, { ...user, locale: recipientLocale(user, context.locale) }, code);
    await recordAuditEvent(tx, {
      actorId: user.id,
      action: "auth.login_code_sent",
      targetType: "user",
      targetId: user.id,
      ...context,
    });
    return { challengeId: challenge!.id };
  });
}

/** A challenge id from the cookie, if it could be one: PostgreSQL refuses anything but a uuid. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isChallengeId = (value: string | undefined): value is string => !!value && UUID.test(value);

async function findChallenge(challengeId: string | undefined) {
  if (!isChallengeId(challengeId)) return null;
  const [row] = await db
    .select({ secret: oneTimeSecrets, user: users })
    .from(oneTimeSecrets)
    .innerJoin(users, eq(users.id, oneTimeSecrets.userId))
    .where(
      and(
        eq(oneTimeSecrets.id, challengeId),
        eq(oneTimeSecrets.purpose, "login_code"),
        // used, replaced, or ended with the user's sessions: nothing left to resend
        isNull(oneTimeSecrets.consumedAt),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * The address the code of an open login attempt went to, masked ("j•••@example.com"), or null
 * when the attempt is used up, replaced or expired. Only the holder of the challenge cookie, who
 * typed the password, asks.
 */
export async function findLoginCodeAddress(challengeId: string | undefined) {
  const found = await findChallenge(challengeId);
  if (!found || found.secret.expiresAt.getTime() <= Date.now()) return null;
  return maskEmail(found.user.email);
}

const START_AGAIN = msg("errors.auth.startAgain");

/** "Resend code": a fresh code for the same login attempt, at most once a minute. */
export async function resendLoginCode(challengeId: string | undefined, context: RequestContext) {
  const found = await findChallenge(challengeId);
  if (!found || found.user.status !== "active") {
    throw new DomainError("unauthenticated", { message: START_AGAIN, reason: "no_challenge" });
  }
  await consumeLimits(
    [
      ["codeResendPerAccount", found.user.id],
      ["loginCodesPerAccount", found.user.id],
    ],
    "code",
  );
  return issueLoginCode(found.user, context);
}

export type LoginCodeFailure =
  | "invalid_code"
  | "expired"
  | "too_many_attempts"
  | "no_challenge"
  | "rate_limited"
  | "account_locked";

/**
 * Step 2: consumes the challenge when the code matches (constant-time compare of hashes) and
 * returns the user with the id of the session it starts. Wrong codes are counted on the
 * challenge (after the 5th the code is dead), per address and per account: a correct password
 * starts a new challenge, never a new count.
 */
export async function verifyLoginCode(
  challengeId: string | undefined,
  code: string,
  context: RequestContext,
): Promise<{ ok: true; user: User; sessionId: string } | { ok: false; failure: LoginCodeFailure }> {
  const perAddress: LimitCheck = ["codeFailPerAddress", context.ip];
  if ((await msUntilUnderLimits([perAddress])) !== null)
    return { ok: false, failure: "rate_limited" };
  const result = await db.transaction(async (tx) => {
    const [secret] = isChallengeId(challengeId)
      ? await tx
          .select()
          .from(oneTimeSecrets)
          .where(and(eq(oneTimeSecrets.id, challengeId), eq(oneTimeSecrets.purpose, "login_code")))
          .for("update")
      : [];
    if (!secret || secret.consumedAt) return { ok: false, failure: "no_challenge" } as const;
    const perAccount: LimitCheck = ["codeFailPerAccount", secret.userId];
    const audit = (outcome: "success" | "failure", details?: Record<string, unknown>) =>
      recordAuditEvent(tx, {
        actorId: secret.userId,
        action: "auth.login_code",
        targetType: "user",
        targetId: secret.userId,
        outcome,
        details,
        ...context,
      });
    if ((await msUntilUnderLimits([perAccount])) !== null) {
      await audit("failure", { reason: "account_locked" });
      return { ok: false, failure: "account_locked" } as const;
    }
    if (secret.expiresAt.getTime() <= Date.now()) {
      await audit("failure", { reason: "expired" });
      return { ok: false, failure: "expired" } as const;
    }
    if (secret.attempts >= secret.maxAttempts)
      return { ok: false, failure: "too_many_attempts" } as const;
    const matches =
      /^\d{6}$/.test(code) && constantTimeEqual(secret.secretHash, codeHash(secret.id, code));
    if (!matches) {
      const attempts = secret.attempts + 1;
      await tx.update(oneTimeSecrets).set({ attempts }).where(eq(oneTimeSecrets.id, secret.id));
      await countFailure([perAccount]);
      const lockedOut = attempts >= secret.maxAttempts;
      await audit("failure", { reason: lockedOut ? "lockout" : "invalid_code", attempts });
      return { ok: false, failure: lockedOut ? "too_many_attempts" : "invalid_code" } as const;
    }
    await tx
      .update(oneTimeSecrets)
      .set({ consumedAt: new Date() })
      .where(eq(oneTimeSecrets.id, secret.id));
    const [user] = await tx
      .update(users)
      .set({ lastLoginAt: new Date() })
      .where(and(eq(users.id, secret.userId), eq(users.status, "active")))
      .returning();
    if (!user) return { ok: false, failure: "no_challenge" } as const;
    await recordAuditEvent(tx, {
      actorId: user.id,
      action: "auth.login",
      targetType: "user",
      targetId: user.id,
      ...context,
    });
    return { ok: true, user, sessionId: await startSession(tx, user.id) } as const;
  });
  if (!result.ok && result.failure !== "expired") await countFailure([perAddress]);
  return result;
}

export const loginCodeMessages: Record<LoginCodeFailure, string> = {
  invalid_code: msg("errors.auth.codeInvalid"),
  expired: msg("errors.auth.codeExpired"),
  too_many_attempts: msg("errors.auth.codeTooManyAttempts"),
  no_challenge: START_AGAIN,
  rate_limited: msg("errors.auth.codeRateLimited"),
  account_locked: msg("errors.auth.codeAccountLocked"),
};
