import { and, asc, desc, eq, exists, ilike, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { assets, contracts, type ServiceLevel } from "@/db/schema";
import type { ContractActor } from "./create-contract";
import { contractVisibility } from "./policy";

export type ContractListItem = {
  id: string;
  number: string;
  customerName: string;
  serviceLevel: ServiceLevel;
  validFrom: string;
  validTo: string;
  assetCount: number;
};

export type ContractPage = {
  items: ContractListItem[];
  /** Pass as `after` for the next (older) page; null on the last page. */
  nextCursor: string | null;
  /** Pass as `before` for the previous (newer) page; null on the first page. */
  prevCursor: string | null;
};

export const PAGE_SIZE = 25;

/** `%` and `_` typed by the user are literal characters, not wildcards. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The contracts the actor may list, newest first, whose number, customer name or an asset's
 * serial number contains `q` (any letter case). Keyset pagination on (created_at, id): the
 * cursor is the id of the page's last (or first) row, so a page costs the same at any depth.
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
  // `before` walks back towards the newest rows: read ascending, then flip.
  const backwards = !options.after && Boolean(options.before);
  const cursor = options.after ?? options.before;
  if (cursor) {
    const position = sql`(select c.created_at, c.id from ${contracts} c where c.id = ${cursor})`;
    conditions.push(
      backwards
        ? sql`(${contracts.createdAt}, ${contracts.id}) > ${position}`
        : sql`(${contracts.createdAt}, ${contracts.id}) < ${position}`,
    );
  }

  const rows = await db
    .select({
      id: contracts.id,
      number: contracts.number,
      customerName: contracts.customerName,
      serviceLevel: contracts.serviceLevel,
      validFrom: contracts.validFrom,
      validTo: contracts.validTo,
      assetCount: sql<number>`(select count(*) from ${assets} a where a.contract_id = contracts.id)::int`,
    })
    .from(contracts)
    .where(and(...conditions))
    .orderBy(
      ...(backwards
        ? [asc(contracts.createdAt), asc(contracts.id)]
        : [desc(contracts.createdAt), desc(contracts.id)]),
    )
    .limit(limit + 1);

  const hasMore = rows.length > limit;
  const items = rows.slice(0, limit);
  if (backwards) items.reverse();
  const first = items[0]?.id ?? null;
  const last = items.at(-1)?.id ?? null;
  return {
    items,
    nextCursor: backwards ? last : hasMore ? last : null,
    prevCursor: backwards ? (hasMore ? first : null) : options.after ? first : null,
  };
}
