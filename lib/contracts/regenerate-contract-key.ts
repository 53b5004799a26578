import { eq, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { contracts } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashActivationKey } from "./check-contract-key";
import { DomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { generateActivationKey } from "./activation-key";
import type { ContractActor, IssuedKey } from "./create-contract";
import { assertContractPermission } from "./policy";
import { contractIdSchema } from "./staff-schemas";
import { msg } from "@/lib/i18n/message";

/**
 * Issues a new activation key: the old one stops working at once. Accounts that already
 * registered the contract keep it. The new key is returned here only, to be shown once.
 */
export async function regenerateContractKey(
  actor: ContractActor,
  contractId: string,
  context: Partial<RequestContext> = {},
  database: DbOrTx = db,
): Promise<IssuedKey> {
  assertContractPermission(actor, "regenerate_key");
  const id = contractIdSchema.safeParse(contractId);
  if (!id.success)
    throw new DomainError("not_found", { message: msg("errors.contracts.notFound") });
  const key = generateActivationKey();
  const activationKeyHash = await hashActivationKey(key);
  return database.transaction(async (tx) => {
    const [contract] = await tx
      .update(contracts)
      .set({ activationKeyHash, keyGeneratedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(contracts.id, id.data))
      .returning({ id: contracts.id, number: contracts.number });
    if (!contract)
      throw new DomainError("not_found", { message: msg("errors.contracts.notFound") });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "contract.regenerate_key",
      targetType: "contract",
      targetId: contract.id,
      ip: context.ip,
      userAgent: context.userAgent,
      details: { number: contract.number },
    });
    return { ...contract, key };
  });
}
