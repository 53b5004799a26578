import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { assets, contracts, users } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import type { ContractActor } from "./create-contract";
import { contractColumns } from "./list-contracts";
import { contractVisibility } from "./policy";
import { contractIdSchema } from "./staff-schemas";
import { msg } from "@/lib/i18n/message";

/**
 * One contract with its assets for the staff workspace — never the key's hash. Throws
 * `not_found` for an unknown id or a contract the actor may not read.
 */
export async function getStaffContract(actor: ContractActor, contractId: string) {
  const visibility = contractVisibility(actor, "read");
  const id = contractIdSchema.safeParse(contractId);
  if (!id.success)
    throw new DomainError("not_found", { message: msg("errors.contracts.notFound") });
  const [contract] = await db
    .select({
      ...contractColumns,
      keyGeneratedAt: contracts.keyGeneratedAt,
      createdAt: contracts.createdAt,
      updatedAt: contracts.updatedAt,
      createdBy: users.login,
    })
    .from(contracts)
    .leftJoin(users, eq(users.id, contracts.createdById))
    .where(and(eq(contracts.id, id.data), visibility))
    .limit(1);
  if (!contract) throw new DomainError("not_found", { message: msg("errors.contracts.notFound") });
  const contractAssets = await db
    .select({
      id: assets.id,
      vendor: assets.vendor,
      product: assets.product,
      serialNumber: assets.serialNumber,
      description: assets.description,
    })
    .from(assets)
    .where(eq(assets.contractId, contract.id))
    .orderBy(asc(assets.createdAt), asc(assets.serialNumber));
  return { ...contract, assets: contractAssets };
}

export type StaffContract = Awaited<ReturnType<typeof getStaffContract>>;
