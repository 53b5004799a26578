import { and, eq, inArray, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { assets, contracts, tickets } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import {
  assetValues,
  isContractNumberTaken,
  numberTakenError,
  type ContractActor,
} from "./create-contract";
import { assertContractPermission } from "./policy";
import { contractIdSchema, contractInputSchema, type ContractInput } from "./staff-schemas";
import { msg } from "@/lib/i18n/message";

const CONTRACT_FIELDS = ["number", "customerName", "serviceLevel", "validFrom", "validTo"] as const;

/**
 * Saves the contract's fields and its asset list as submitted: rows with an id update that
 * asset, rows without one add an asset, and assets left out are removed — unless a ticket is
 * about them, then nothing is saved. The activation key is untouched (see regenerate).
 */
export async function updateContract(
  actor: ContractActor,
  input: { id: string; contract: ContractInput },
  context: Partial<RequestContext> = {},
  database: DbOrTx = db,
): Promise<{ id: string }> {
  assertContractPermission(actor, "update");
  const id = contractIdSchema.safeParse(input.id);
  if (!id.success)
    throw new DomainError("not_found", { message: msg("errors.contracts.notFound") });
  const data = contractInputSchema.parse(input.contract);

  try {
    return await database.transaction(async (tx) => {
      const [current] = await tx
        .select()
        .from(contracts)
        .where(eq(contracts.id, id.data))
        .for("update")
        .limit(1);
      if (!current)
        throw new DomainError("not_found", { message: msg("errors.contracts.notFound") });

      const existing = await tx.select().from(assets).where(eq(assets.contractId, current.id));
      const existingIds = new Set(existing.map((asset) => asset.id));
      data.assets.forEach((asset, index) => {
        if (asset.id && !existingIds.has(asset.id))
          throw new DomainError("invalid", {
            field: `assets.${index}.serialNumber`,
            message: msg("errors.contracts.assetGone"),
          });
      });
      const keptIds = new Set(data.assets.flatMap((asset) => (asset.id ? [asset.id] : [])));
      const removed = existing.filter((asset) => !keptIds.has(asset.id));
      await assertNoTickets(tx, removed);

      const changed = CONTRACT_FIELDS.filter((field) => current[field] !== data[field]);
      if (changed.length) {
        await tx
          .update(contracts)
          .set({ ...pick(data, CONTRACT_FIELDS), updatedAt: sql`now()` })
          .where(eq(contracts.id, current.id));
      }
      if (removed.length)
        await tx.delete(assets).where(
          inArray(
            assets.id,
            removed.map((asset) => asset.id),
          ),
        );
      let updatedAssets = 0;
      for (const asset of data.assets) {
        const before = asset.id ? existing.find((row) => row.id === asset.id) : undefined;
        if (!before) continue;
        const [values] = assetValues(current.id, [asset]);
        if (
          before.vendor === values!.vendor &&
          before.product === values!.product &&
          before.serialNumber === values!.serialNumber &&
          before.description === values!.description
        )
          continue;
        await tx
          .update(assets)
          .set(values!)
          .where(and(eq(assets.id, before.id), eq(assets.contractId, current.id)));
        updatedAssets++;
      }
      const added = data.assets.filter((asset) => !asset.id);
      if (added.length) await tx.insert(assets).values(assetValues(current.id, added));

      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "contract.update",
        targetType: "contract",
        targetId: current.id,
        ip: context.ip,
        userAgent: context.userAgent,
        details: {
          number: data.number,
          changed,
          assetsAdded: added.length,
          assetsUpdated: updatedAssets,
          assetsRemoved: removed.map((asset) => asset.serialNumber),
        },
      });
      return { id: current.id };
    });
  } catch (error) {
    if (isContractNumberTaken(error)) throw numberTakenError();
    throw error;
  }
}

async function assertNoTickets(tx: DbOrTx, removed: Array<{ id: string; serialNumber: string }>) {
  if (!removed.length) return;
  const used = await tx
    .selectDistinct({ assetId: tickets.assetId })
    .from(tickets)
    .where(
      inArray(
        tickets.assetId,
        removed.map((asset) => asset.id),
      ),
    );
  if (!used.length) return;
  const serials = removed
    .filter((asset) => used.some((row) => row.assetId === asset.id))
    .map((asset) => asset.serialNumber);
  throw new DomainError("conflict", {
    field: "assets",
    message: msg("errors.contracts.assetsInUse", {
      serials: serials.join(", "),
      count: serials.length,
    }),
  });
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}
