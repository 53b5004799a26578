import { and, eq, exists, ilike, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { assets, contracts } from "@/db/schema";
import { readKeysetPage, type KeysetPage, type KeysetSort } from "@/lib/pagination/keyset";
import { containsPattern } from "@/lib/pagination/like";
import { cursorParam } from "@/lib/pagination/search-params";
import { plainText } from "@/lib/validation/plain-text";
import type { ContractActor } from "./create-contract";
import { contractColumns, type ContractSummary } from "./list-contracts";
import { contractVisibility } from "./policy";

export type ContractListItem = Omit<ContractSummary, "status">;

export type ContractPage = KeysetPage<ContractListItem>;

export const PAGE_SIZE = 25;

/** The staff list's query string: search text and a keyset cursor. */
export const contractSearchSchema = z.object({
  q: plainText().max(100).optional(),
  after: cursorParam,
  before: cursorParam,
});

const NEWEST_FIRST: KeysetSort = {
  name: "created",
  key: contracts.createdAt,
  kind: "timestamp",
  descending: true,
  id: contracts.id,
  idKind: "uuid",
};

/**
 * The contracts the actor may list, newest first, whose number, customer name or an asset's
 * serial number contains `q` (any letter case), one keyset page at a time: a page costs the
 * same at any depth.
 */
export async function searchContracts(
  actor: ContractActor,
  options: { q?: string; after?: string; before?: string; limit?: number } = {},
): Promise<ContractPage> {
  const visibility = contractVisibility(actor, "list");
  const limit = Math.min(Math.max(options.limit ?? PAGE_SIZE, 1), 100);
  const q = options.q?.trim();
  const conditions: Array<SQL | undefined> = [visibility];
  if (q) {
    const pattern = containsPattern(q);
    conditions.push(
      or(
        ilike(contracts.number, pattern),
        ilike(contracts.customerName, pattern),
        exists(
          db
            .select({ one: sql`1` })
            .from(assets)
            .where(and(eq(assets.contractId, contracts.id), ilike(assets.serialNumber, pattern))),
        ),
      ),
    );
  }

  return readKeysetPage(NEWEST_FIRST, { ...options, limit }, (keyset) =>
    db
      .select({
        ...contractColumns,
        assetCount: sql<number>`(select count(*) from ${assets} a where a.contract_id = contracts.id)::int`,
        keysetKey: keyset.keysetKey,
      })
      .from(contracts)
      .where(and(...conditions, keyset.where))
      .orderBy(...keyset.orderBy)
      .limit(keyset.limit),
  );
}
