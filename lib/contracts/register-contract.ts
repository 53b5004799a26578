import { db } from "@/db/client";
import { contractActivations } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { DomainError, isDomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { assertUnderLimits, countFailure, type LimitCheck } from "@/lib/rate-limit/limits";
import { checkContractKey, isWrongContractPair } from "./check-contract-key";
import { assertContractPermission } from "./policy";
import type { RegisterContractInput } from "./schemas";
import { msg } from "@/lib/i18n/message";

const FIELDS = { number: "contractNumber", key: "contractKey" } as const;

export type RegisteredContract = { id: string; number: string; customerName: string };

/**
 * "Register contract": activates a contract on the actor's own account by its number and key.
 * A wrong pair counts against the per-account and per-address limits (checked first, so the
 * right pair after a lockout still fails until the window passes) and gets one generic message, an expired contract names its end date, and a
 * contract already on the account is a `conflict`. Each outcome is an audit event, except
 * attempts refused by the rate limit (the limit's bucket already records those).
 */
export async function registerContract(
  actor: Actor,
  input: RegisterContractInput,
  context: RequestContext,
): Promise<RegisteredContract> {
  assertContractPermission(actor, "register");
  const limits: LimitCheck[] = [
    ["contractKeyFailPerAddress", context.ip],
    ["contractKeyFailPerAccount", actor.id],
  ];
  await assertUnderLimits(limits, FIELDS.key);
  try {
    const contract = await checkContractKey(
      db,
      { number: input.contractNumber, key: input.contractKey },
      FIELDS,
    );
    return await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(contractActivations)
        .values({ userId: actor.id, contractId: contract.id })
        .onConflictDoNothing()
        .returning({ contractId: contractActivations.contractId });
      if (inserted.length === 0) {
        throw new DomainError("conflict", {
          field: FIELDS.number,
          message: msg("errors.contracts.alreadyActive", { number: contract.number }),
          reason: "already_active",
        });
      }
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "contract.register",
        targetType: "contract",
        targetId: contract.id,
        details: { contractNumber: contract.number },
        ...context,
      });
      return { id: contract.id, number: contract.number, customerName: contract.customerName };
    });
  } catch (error) {
    if (isWrongContractPair(error)) await countFailure(limits);
    if (isDomainError(error)) await recordFailure(actor, input, context, error);
    throw error;
  }
}

async function recordFailure(
  actor: Actor,
  input: RegisterContractInput,
  context: RequestContext,
  error: DomainError,
) {
  const reason = error.reason ?? error.code;
  // The number as typed (never the key): it is what a person would quote when asking why.
  await recordAuditEvent(db, {
    actorId: actor.id,
    action: "contract.register",
    targetType: "contract",
    outcome: "failure",
    details: { contractNumber: input.contractNumber.slice(0, 100), reason },
    ...context,
  });
}
