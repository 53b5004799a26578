import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { assets, contractActivations, contracts } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertTicketPermission } from "./policy";
import { isoDay } from "@/lib/format";
import { containsPattern } from "@/lib/pagination/like";
import { vendorName } from "@/lib/vendors";

export type SelectableAsset = {
  id: string;
  vendor: string;
  /** The vendor's name from the registry, so the form's first load needs no registry. */
  vendorName: string;
  product: string;
  serialNumber: string;
  description: string | null;
  contractId: string;
  contractNumber: string;
  customerName: string;
  validTo: string;
  isExpired: boolean;
};

/** The join that keeps an asset only when its contract is activated on the actor's account. */
const activatedBy = (actor: Actor) =>
  and(eq(contractActivations.contractId, contracts.id), eq(contractActivations.userId, actor.id));

/**
 * The products covered by the contracts activated on the customer's account, for "Add asset":
 * expired contracts' assets come too, flagged, so the dialog can show why they can't be picked.
 */
export async function listSelectableAssets(actor: Actor, query = ""): Promise<SelectableAsset[]> {
  assertTicketPermission(actor, "create");
  const term = query.trim();
  const pattern = containsPattern(term);
  const rows = await db
    .select({
      id: assets.id,
      vendor: assets.vendor,
      product: assets.product,
      serialNumber: assets.serialNumber,
      description: assets.description,
      contractId: contracts.id,
      contractNumber: contracts.number,
      customerName: contracts.customerName,
      validTo: contracts.validTo,
    })
    .from(assets)
    .innerJoin(contracts, eq(contracts.id, assets.contractId))
    .innerJoin(contractActivations, activatedBy(actor))
    .where(
      term
        ? or(
            ilike(assets.vendor, pattern),
            ilike(assets.product, pattern),
            ilike(assets.serialNumber, pattern),
            ilike(contracts.number, pattern),
            ilike(contracts.customerName, pattern),
          )
        : undefined,
    )
    .orderBy(
      sql`${contracts.validTo} < ${isoDay()}`,
      asc(assets.vendor),
      asc(assets.product),
      asc(assets.serialNumber),
    )
    .limit(200);
  return rows.map((row) => ({
    ...row,
    vendorName: vendorName(row.vendor),
    isExpired: row.validTo < isoDay(),
  }));
}

/** One asset the customer may open a support request for, or null. */
export async function findSelectableAsset(actor: Actor, assetId: string) {
  const [row] = await db
    .select({ asset: assets, contract: contracts })
    .from(assets)
    .innerJoin(contracts, eq(contracts.id, assets.contractId))
    .innerJoin(contractActivations, activatedBy(actor))
    .where(eq(assets.id, assetId))
    .limit(1);
  return row ?? null;
}
