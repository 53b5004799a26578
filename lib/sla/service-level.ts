import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { contracts, type ServiceLevel } from "@/db/schema";

/** The service level of a ticket's contract; null for administrative tickets (no contract). */
export async function findServiceLevel(
  tx: DbOrTx,
  contractId: string | null,
): Promise<ServiceLevel | null> {
  if (!contractId) return null;
  const [contract] = await tx
    .select({ serviceLevel: contracts.serviceLevel })
    .from(contracts)
    .where(eq(contracts.id, contractId))
    .limit(1);
  return contract?.serviceLevel ?? null;
}
