import { describe, expect, it } from "vitest";
import { getPool } from "../../db/client";
import { contractIdSchema } from "../../lib/contracts/schemas";
import { benchUuid } from "./ids";

describe("benchUuid", () => {
  it("gives ids the app's uuid schema accepts, the same for the same seed", async () => {
    const { rows } = await getPool().query<{ id: string; again: string }>(
      `select ${benchUuid("'bench-asset-' || n")} as id, ${benchUuid("'bench-asset-' || n")} as again
       from generate_series(0, 199) n`,
    );
    for (const { id, again } of rows) {
      expect(contractIdSchema.safeParse(id).success, id).toBe(true);
      expect(again).toBe(id);
    }
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });
});
