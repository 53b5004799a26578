import { and, asc, eq, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { assets, contractActivations, contracts, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { contractStatus, type ContractStatus } from "./contract-status";
import { contractColumns } from "./list-contracts";
import { contractVisibility } from "./policy";
import { contractIdSchema } from "./schemas";
import { personName } from "@/lib/format";
import { msg } from "@/lib/i18n/message";

export type ContractAsset = {
  id: string;
  vendor: string;
  product: string;
  serialNumber: string;
  description: string | null;
};

/** Someone who activated the contract: name and company only. */
export type ContractColleague = { name: string; company: string };

export type ContractDetail = {
  id: string;
  number: string;
  customerName: string;
  serviceLevel: (typeof contracts.$inferSelect)["serviceLevel"];
  validFrom: string;
  validTo: string;
  status: ContractStatus;
  assets: ContractAsset[];
  /**
   * For a customer: the other users who activated the same contract (they share its tickets).
   * For staff: everyone who activated it.
   */
  colleagues: ContractColleague[];
};

const notFound = () => new DomainError("not_found", { message: msg("errors.contracts.notFound") });

/**
 * One contract the actor may read, with its covered assets and the people who activated it.
 * Throws `not_found` for a contract the actor may not see, exactly as for one that does not
 * exist, so ids can't be probed.
 */
export async function getContract(
  actor: Pick<Actor, "id" | "role">,
  id: string,
): Promise<ContractDetail> {
  const visibility = contractVisibility(actor, "read");
  if (!contractIdSchema.safeParse(id).success) throw notFound();
  const [contract] = await db
    .select(contractColumns)
    .from(contracts)
    .where(and(eq(contracts.id, id), visibility))
    .limit(1);
  if (!contract) throw notFound();

  const [assetRows, colleagues] = await Promise.all([
    db
      .select({
        id: assets.id,
        vendor: assets.vendor,
        product: assets.product,
        serialNumber: assets.serialNumber,
        description: assets.description,
      })
      .from(assets)
      .where(eq(assets.contractId, contract.id))
      .orderBy(asc(assets.vendor), asc(assets.product), asc(assets.serialNumber)),
    db
      .select({ firstName: users.firstName, lastName: users.lastName, company: users.company })
      .from(contractActivations)
      .innerJoin(users, eq(users.id, contractActivations.userId))
      .where(
        and(
          eq(contractActivations.contractId, contract.id),
          ne(users.status, "disabled"),
          actor.role === "customer" ? ne(users.id, actor.id) : undefined,
        ),
      )
      .orderBy(asc(users.lastName), asc(users.firstName)),
  ]);

  return {
    ...contract,
    status: contractStatus(contract.validTo),
    assets: assetRows,
    colleagues: colleagues.map((c) => ({
      name: personName(c),
      company: c.company,
    })),
  };
}
