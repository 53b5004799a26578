import { describe, expect, it } from "vitest";
import type { UserRole } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import {
  createActor,
  createContract as seedContract,
  uniqueSuffix,
  contractInput,
} from "@/test/factories";
import { createContract } from "./create-contract";
import { getStaffContract } from "./get-staff-contract";
import { importContracts, previewContractsImport } from "./import-contracts";
import { regenerateContractKey } from "./regenerate-contract-key";
import { searchContracts } from "./search-contracts";
import { updateContract } from "./update-contract";

type Outcome = "allowed" | "forbidden" | "not_found";

const csvFor = (number: string) =>
  "contract_number,customer_name,service_level,valid_from,valid_to,vendor,product,serial_number\n" +
  `${number},ACME,8x5 NBD,2026-01-01,2099-12-31,fortinet,FortiGate,SN-${number}\n`;

// Every use case of the orders team's workspace, run as each role against a contract the actor
// has not activated (a customer's own contracts are the portal's business, tested there).
const operations: Record<string, (actor: Actor, contractId: string) => Promise<unknown>> = {
  create: (actor) => createContract(actor, contractInput()),
  update: (actor, id) => updateContract(actor, { id, contract: contractInput() }),
  regenerate_key: (actor, id) => regenerateContractKey(actor, id),
  import: (actor) =>
    importContracts(actor, csvFor(`POL-${uniqueSuffix()}`), { fileName: "p.csv" }).then(
      (result) => {
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
      },
    ),
  preview_import: (actor) => previewContractsImport(actor, csvFor(`POL-${uniqueSuffix()}`)),
  read: (actor, id) => getStaffContract(actor, id),
  search: async (actor, id) => {
    const page = await searchContracts(actor, {});
    if (!page.items.some((item) => item.id === id))
      throw Object.assign(new Error("not listed"), { code: "not_found" });
  },
};

const matrix: Record<UserRole, Record<keyof typeof operations, Outcome>> = {
  customer: {
    create: "forbidden",
    update: "forbidden",
    regenerate_key: "forbidden",
    import: "forbidden",
    preview_import: "forbidden",
    read: "not_found",
    search: "not_found",
  },
  support_engineer: {
    create: "forbidden",
    update: "forbidden",
    regenerate_key: "forbidden",
    import: "forbidden",
    preview_import: "forbidden",
    read: "allowed",
    search: "allowed",
  },
  orders_team: {
    create: "allowed",
    update: "allowed",
    regenerate_key: "allowed",
    import: "allowed",
    preview_import: "allowed",
    read: "allowed",
    search: "allowed",
  },
  admin: {
    create: "allowed",
    update: "allowed",
    regenerate_key: "allowed",
    import: "allowed",
    preview_import: "allowed",
    read: "allowed",
    search: "allowed",
  },
};

const cases = Object.entries(matrix).flatMap(([role, outcomes]) =>
  Object.entries(outcomes).map(([operation, outcome]) => ({
    role: role as UserRole,
    operation,
    outcome,
  })),
);

describe("orders team contract use cases: role × operation", () => {
  it.each(cases)("$role → $operation: $outcome", async ({ role, operation, outcome }) => {
    const actor = await createActor({ role });
    const contract = await seedContract();
    const run = operations[operation]!(actor, contract.id);
    if (outcome === "allowed") await expect(run).resolves.not.toThrow();
    else await expect(run).rejects.toMatchObject({ code: outcome });
  });

  it("the import CLI, which runs with shell access to the server, needs no signed-in user", async () => {
    const result = await importContracts("cli", csvFor(`CLI-${uniqueSuffix()}`), {
      fileName: "cli.csv",
    });
    expect(result.ok).toBe(true);
  });
});
