import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { assets } from "@/db/schema";
import { actorOf, createContract, createUser } from "@/test/factories";
import { matchAsset } from "./match-asset";

/** A customer with a FortiGate and a BIG-IP (the factory's two assets). */
async function customerWithTwoAssets() {
  const user = await createUser();
  const contract = await createContract({ activatedFor: [user.id] });
  const owned = await db.select().from(assets).where(eq(assets.contractId, contract.id));
  const chosen = owned.find((asset) => asset.vendor === "fortinet")!;
  return { actor: actorOf(user), chosen, other: owned.find((asset) => asset !== chosen)! };
}

describe("matchAsset", () => {
  it("takes a file naming the chosen asset's serial, in any case, or none, as that asset's", async () => {
    const { actor, chosen } = await customerWithTwoAssets();
    const none = { mismatch: null, matchingAssetId: null };
    expect(
      await matchAsset(actor, chosen.id, { serial: chosen.serialNumber.toLowerCase() }),
    ).toEqual(none);
    expect(await matchAsset(actor, chosen.id, { hostname: "fw-gdansk" })).toEqual(none);
  });

  it("warns when the file is from another device, and offers the customer's asset it is from", async () => {
    const { actor, chosen, other } = await customerWithTwoAssets();
    expect(await matchAsset(actor, chosen.id, { serial: other.serialNumber })).toEqual({
      mismatch: { file: other.serialNumber, asset: chosen.serialNumber },
      matchingAssetId: other.id,
    });
    expect(await matchAsset(actor, chosen.id, { serial: "FG200FTK99999999" })).toEqual({
      mismatch: { file: "FG200FTK99999999", asset: chosen.serialNumber },
      matchingAssetId: null,
    });
  });

  it("never offers another customer's asset, and refuses an asset that is not the customer's", async () => {
    const { actor, chosen } = await customerWithTwoAssets();
    const stranger = await customerWithTwoAssets();
    expect(
      await matchAsset(actor, chosen.id, { serial: stranger.chosen.serialNumber }),
    ).toMatchObject({
      matchingAssetId: null,
    });
    await expect(matchAsset(actor, stranger.chosen.id, {})).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
