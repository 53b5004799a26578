import { db, type DbOrTx } from "@/db/client";
import { assets, contracts } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { hashActivationKey } from "./check-contract-key";
import { DomainError, violatedUniqueIndex } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { generateActivationKey } from "./activation-key";
import { assertContractPermission } from "./policy";
import { contractInputSchema, type ContractInput } from "./staff-schemas";
import { msg } from "@/lib/i18n/message";

export type ContractActor = Pick<Actor, "id" | "role">;

/** What the orders team sees once after issuing a key; the key is never readable again. */
export type IssuedKey = { id: string; number: string; key: string };

const NUMBER_TAKEN = msg("errors.contracts.numberTaken");

/** True for PostgreSQL's unique violation on the contract number. */
export const isContractNumberTaken = (error: unknown) =>
  violatedUniqueIndex(error) === "contracts_number_upper_key";

export const numberTakenError = () =>
  new DomainError("conflict", { field: "number", message: NUMBER_TAKEN });

export const assetValues = (contractId: string, list: ContractInput["assets"]) =>
  list.map((asset) => ({
    contractId,
    vendor: asset.vendor,
    product: asset.product,
    serialNumber: asset.serialNumber,
    description: asset.description || null,
  }));

/**
 * Issues a contract with its covered assets and a new activation key, stored only as its
 * argon2id hash. The key is returned here and nowhere else. Orders team and admins only.
 */
export async function createContract(
  actor: ContractActor,
  input: ContractInput,
  context: Partial<RequestContext> = {},
  database: DbOrTx = db,
): Promise<IssuedKey> {
  assertContractPermission(actor, "create");
  const data = contractInputSchema.parse(input);
  const key = generateActivationKey();
  const activationKeyHash = await hashActivationKey(key);
  try {
    return await database.transaction(async (tx) => {
      const [contract] = await tx
        .insert(contracts)
        .values({
          number: data.number,
          customerName: data.customerName,
          serviceLevel: data.serviceLevel,
          validFrom: data.validFrom,
          validTo: data.validTo,
          activationKeyHash,
          createdById: actor.id,
        })
        .returning({ id: contracts.id, number: contracts.number });
      await tx.insert(assets).values(assetValues(contract!.id, data.assets));
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "contract.create",
        targetType: "contract",
        targetId: contract!.id,
        ip: context.ip,
        userAgent: context.userAgent,
        details: { number: data.number, assets: data.assets.length },
      });
      return { id: contract!.id, number: contract!.number, key };
    });
  } catch (error) {
    if (isContractNumberTaken(error)) throw numberTakenError();
    throw error;
  }
}
