import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { findSelectableAsset, listSelectableAssets } from "@/lib/tickets/selectable-assets";
import type { Extraction } from "./types";

export type AssetMatch = {
  /** The file names another device than the ticket's: its serial (or hostname) and the asset's. */
  mismatch: { file: string; asset: string } | null;
  /** The customer's own asset whose serial the file names, when it is not the chosen one. */
  matchingAssetId: string | null;
};

const same = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/**
 * Whether the debug file is from the asset the customer chose (by the serial it names; a file
 * that names none is taken as theirs), and which of their assets it is from otherwise. Never
 * blocks: the customer decides. The asset must be one they may open a request for.
 */
export async function matchAsset(
  actor: Actor,
  assetId: string,
  found: Extraction["found"],
): Promise<AssetMatch> {
  const chosen = await findSelectableAsset(actor, assetId);
  if (!chosen)
    throw new DomainError("not_found", {
      field: "assetId",
      message: msg("errors.tickets.chooseCoveredProduct"),
    });
  const serial = found.serial?.trim();
  if (!serial || same(serial, chosen.asset.serialNumber))
    return { mismatch: null, matchingAssetId: null };
  const [other] = (await listSelectableAssets(actor, serial)).filter(
    (asset) => same(asset.serialNumber, serial) && !asset.isExpired,
  );
  return {
    mismatch: { file: serial, asset: chosen.asset.serialNumber },
    matchingAssetId: other?.id ?? null,
  };
}
