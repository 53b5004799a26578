import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { contractActivations, users } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { checkContractKey } from "@/lib/contracts/check-contract-key";
import { hashSecret } from "@/lib/crypto/secrets";
import { DomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { consumeLimits } from "@/lib/rate-limit/limits";
import { issueOneTimeLink } from "./one-time-links";
import { sendConfirmationEmail } from "./account-emails";
import type { SignUpInput } from "./schemas";

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && error.code === "23505";

/**
 * "Sign Up": the contract pair is checked first (one generic error for a wrong pair), and only
 * then are duplicates reported, so the form can't be used to probe for addresses. Creates the
 * account as pending_confirmation with the contract activated on it, and emails the link.
 */
export async function signUp(
  input: SignUpInput,
  context: RequestContext,
): Promise<{ userId: string }> {
  await consumeLimits([["contractCheckPerIp", context.ip]], "activationCode");
  const contract = await checkContractKey(db, {
    number: input.contractNumber,
    key: input.activationCode,
  });
  await assertAvailable(input);
  const passwordHash = await hashSecret(input.password);
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
        })
        .returning();
      await tx.insert(contractActivations).values({ userId: user!.id, contractId: contract.id });
      const link = await issueOneTimeLink(tx, user!.id, "email_confirmation");
      await sendConfirmationEmail(tx, user!, link);
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
    // Two sign-ups racing for the same login or email.
    if (isUniqueViolation(error)) await assertAvailable(input);
    throw error;
  }
}

async function assertAvailable(input: Pick<SignUpInput, "login" | "email">) {
  const taken = await db
    .select({
      login: sql<boolean>`lower(${users.login}) = lower(${input.login})`,
      email: sql<boolean>`lower(${users.email}) = lower(${input.email})`,
    })
    .from(users)
    .where(
      sql`lower(${users.login}) = lower(${input.login}) or lower(${users.email}) = lower(${input.email})`,
    );
  if (taken.some((row) => row.email)) {
    throw new DomainError("conflict", {
      field: "email",
      message:
        "An account with this email address already exists. Log in, or use “Forgot my password”.",
    });
  }
  if (taken.some((row) => row.login)) {
    throw new DomainError("conflict", {
      field: "login",
      message: "This login is already taken. Choose another one.",
    });
  }
}
