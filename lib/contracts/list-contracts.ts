import { asc, count, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { assets, contracts, type ServiceLevel } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { contractStatus, type ContractStatus } from "./contract-status";
import { contractVisibility } from "./policy";
import { isoDay } from "@/lib/format";

export type ContractSummary = {
  id: string;
  number: string;
  customerName: string;
  serviceLevel: ServiceLevel;
  validFrom: string;
  validTo: string;
  status: ContractStatus;
  assetCount: number;
};

/** The columns of a contract that may leave the server (never the key hash). */
export const contractColumns = {
  id: contracts.id,
  number: contracts.number,
  customerName: contracts.customerName,
  serviceLevel: contracts.serviceLevel,
  validFrom: contracts.validFrom,
  validTo: contracts.validTo,
};

/**
 * The contracts the actor may list — for a customer, those activated on their own account —
 * with the number of covered assets and a status for today. Ordered by number.
 */
export async function listContracts(actor: Pick<Actor, "id" | "role">): Promise<ContractSummary[]> {
  const rows = await db
    .select({ ...contractColumns, assetCount: count(assets.id) })
    .from(contracts)
    .leftJoin(assets, eq(assets.contractId, contracts.id))
    .where(contractVisibility(actor, "list"))
    .groupBy(contracts.id)
    .orderBy(asc(contracts.number));
  const today = isoDay();
  return rows.map((row) => ({ ...row, status: contractStatus(row.validTo, today) }));
}
