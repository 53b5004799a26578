import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { findSelectableAsset } from "@/lib/tickets/selectable-assets";
import { assertTicketPermission } from "@/lib/tickets/policy";
import type { DebugSource } from "./extract-debug-file";
import { extractOrRefuse } from "./extract-or-refuse";
import { matchAsset, type AssetMatch } from "./match-asset";
import type { Extraction } from "./types";

export type DebugFileReading = AssetMatch & {
  fileName: string;
  values: Extraction["values"];
  found: Extraction["found"];
};

/**
 * "Fill in from a debug file" on Create new ticket: the Additional Information values the file
 * tells for the chosen asset's vendor, who the file is from, and whether that is the asset.
 * A file it cannot read, or in which it finds nothing of the vendor's, is a field error that
 * says so; nothing is stored (the form keeps the file to attach it to the ticket).
 */
export async function readDebugFileForTicket(
  actor: Actor,
  assetId: string,
  source: DebugSource,
): Promise<DebugFileReading> {
  assertTicketPermission(actor, "create");
  const chosen = await findSelectableAsset(actor, assetId);
  if (!chosen)
    throw new DomainError("not_found", {
      field: "assetId",
      message: msg("errors.tickets.chooseCoveredProduct"),
    });
  const { values, found } = await extractOrRefuse(source, chosen.asset.vendor);
  return {
    fileName: source.name,
    values,
    found,
    ...(await matchAsset(actor, assetId, found)),
  };
}
