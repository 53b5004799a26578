import { recipientLocale } from "@/lib/i18n/locales";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { contractActivations, users } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { checkContractKey, isWrongContractPair } from "@/lib/contracts/check-contract-key";
import { hashSecret } from "@/lib/crypto/secrets";
import { violatedUniqueIndex } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { assertUnderLimits, countFailure, type LimitCheck } from "@/lib/rate-limit/limits";
import { issueOneTimeLink } from "./one-time-links";
import {
  sendConfirmationEmail,
  sendLoginTakenEmail,
  sendSignUpExistingEmail,
} from "./account-emails";
import type { SignUpInput } from "./schemas";

const isLoginOrEmailTaken = (error: unknown) =>
  ["users_login_lower_key", "users_email_lower_key"].includes(violatedUniqueIndex(error) ?? "");

/**
 * "Sign Up": the contract pair is checked first (one generic error for a wrong pair, counted
 * against the address's guesses; right pairs never count, so a whole office behind one NAT
 * address can sign up). A taken address or login gets the same answer as a new account, in
 * about the same time, and the news goes by email only: to the owner of an address that
 * already has an account, or to the typed address when only the login is taken. Otherwise
 * creates the account as pending_confirmation with the contract activated and emails the link.
 */
export async function signUp(
  input: SignUpInput,
  context: RequestContext,
): Promise<{ userId: string | null }> {
  const limits: LimitCheck[] = [["contractKeyFailPerAddress", context.ip]];
  await assertUnderLimits(limits, "activationCode");
  const contract = await checkContractKey(db, {
    number: input.contractNumber,
    key: input.activationCode,
  }).catch(async (error: unknown) => {
    if (isWrongContractPair(error)) await countFailure(limits);
    throw error;
  });
  const passwordHash = await hashSecret(input.password);
  if (await tellIfTaken(input, context)) return { userId: null };
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          login: input.login,
          email: input.email,
          passwordHash,
          firstName: input.firstName,
          lastName: input.lastName,
          phone: input.phone,
          company: input.company,
          jobTitle: input.jobTitle || null,
          status: "pending_confirmation",
          // the language they signed up in: their emails' and pages' until they choose another
          locale: context.locale ?? null,
        })
        .returning();
      await tx.insert(contractActivations).values({ userId: user!.id, contractId: contract.id });
      const link = await issueOneTimeLink(tx, user!.id, "email_confirmation");
      await sendConfirmationEmail(tx, { ...user!, locale: recipientLocale(user!) }, link);
      await recordAuditEvent(tx, {
        actorId: user!.id,
        action: "account.sign_up",
        targetType: "user",
        targetId: user!.id,
        details: { contractNumber: contract.number },
        ...context,
      });
      return { userId: user!.id };
    });
  } catch (error) {
    // Two sign-ups racing for the same login or email: the later one is told like any other.
    if (isLoginOrEmailTaken(error) && (await tellIfTaken(input, context))) return { userId: null };
    throw error;
  }
}

/** Emails whoever needs to know that the address or login is taken; false when neither is. */
async function tellIfTaken(input: SignUpInput, context: RequestContext): Promise<boolean> {
  const [owner] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email.trim().toLowerCase()))
    .limit(1);
  const [loginTaken] = owner
    ? []
    : await db
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.login})`, input.login.trim().toLowerCase()))
        .limit(1);
  if (!owner && !loginTaken) return false;
  await db.transaction(async (tx) => {
    if (owner)
      await sendSignUpExistingEmail(tx, {
        ...owner,
        locale: recipientLocale(owner, context.locale),
      });
    else
      await sendLoginTakenEmail(tx, {
        ...input,
        email: input.email.trim(),
        locale: recipientLocale({}, context.locale),
      });
    await recordAuditEvent(tx, {
      actorId: owner?.id,
      action: "account.sign_up",
      targetType: "user",
      targetId: owner?.id ?? loginTaken?.id,
      outcome: "failure",
      details: { reason: owner ? "email_taken" : "login_taken" },
      ...context,
    });
  });
  return true;
}
