import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { contracts } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { contractStatus } from "./contract-status";
import { contractColumns, type ContractSummary } from "./list-contracts";
import { contractVisibility } from "./policy";

/**
 * The contract with this number (as printed; case and surrounding spaces don't matter) if the
 * actor may read it, else null — whether it does not exist or belongs to someone else.
 */
export async function findContractByNumber(
  actor: Pick<Actor, "id" | "role">,
  number: string,
): Promise<Omit<ContractSummary, "assetCount"> | null> {
  const visibility = contractVisibility(actor, "read");
  const [row] = await db
    .select(contractColumns)
    .from(contracts)
    .where(and(eq(sql`upper(${contracts.number})`, number.trim().toUpperCase()), visibility))
    .limit(1);
  return row ? { ...row, status: contractStatus(row.validTo) } : null;
}
