import { catalogTranslator } from "@/lib/i18n/translator";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { assets, auditEvents, contracts } from "@/db/schema";
import { createUser, uniqueSuffix } from "@/test/factories";
import { checkContractKey } from "./check-contract-key";
import { writeMessage } from "@/lib/i18n/message";
import { parseContractsCsv } from "./contracts-csv";
import {
  importContracts,
  previewContractsImport,
  type ContractImportResult,
} from "./import-contracts";

const HEADER =
  "contract_number,customer_name,service_level,valid_from,valid_to,vendor,product,serial_number,description";
const csv = (...lines: string[]) => [HEADER, ...lines].join("\n") + "\n";

/** The problems as the page writes them for an English reader. */
const english = catalogTranslator("en");
const inEnglish = (errors: Array<{ line: number; reason: string }>) =>
  errors.map((error) => ({ ...error, reason: writeMessage(english, error.reason) }));

function expectOk(result: ContractImportResult) {
  if (!result.ok) throw new Error(`import rejected: ${JSON.stringify(result.errors)}`);
  return result;
}

const contractByNumber = async (number: string) => {
  const [row] = await db
    .select()
    .from(contracts)
    .where(eq(sql`upper(${contracts.number})`, number.toUpperCase()));
  return row;
};
const assetsOf = (contractId: string) =>
  db.select().from(assets).where(eq(assets.contractId, contractId)).orderBy(assets.serialNumber);

describe("parseContractsCsv", () => {
  it("groups rows by contract and accepts service levels and vendors as ids or as shown", () => {
    const s = uniqueSuffix();
    const parsed = parseContractsCsv(
      csv(
        `C-${s},ACME,8x5 NBD,2026-01-01,2026-12-31,Fortinet,FortiGate 60F,SN1-${s},"Rack 2, HQ"`,
        `C-${s},ACME,8x5 NBD,2026-01-01,2026-12-31,check point,Quantum,SN2-${s},`,
        `D-${s},Beta,24x7_4h,2026-01-01,2026-12-31,f5,BIG-IP,SN1-${s},`,
      ),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.contracts).toHaveLength(2);
    expect(parsed.contracts[0]).toMatchObject({
      number: `C-${s}`,
      serviceLevel: "8x5_nbd",
      lines: [2, 3],
      assets: [
        { vendor: "fortinet", serialNumber: `SN1-${s}`, description: "Rack 2, HQ" },
        { vendor: "checkpoint", serialNumber: `SN2-${s}` },
      ],
    });
  });

  it("reports every bad row with its line: bad values, disagreeing contract fields, repeated serials, CSV syntax", () => {
    const parsed = parseContractsCsv(
      csv(
        "A-1,ACME,8x5 NBD,2026-01-01,2026-12-31,fortinet,FG,SN1,",
        "A-1,ACME Other,8x5 NBD,2026-01-01,2026-12-31,fortinet,FG,SN2,",
        "A-1,ACME,8x5 NBD,2026-01-01,2026-12-31,fortinet,FG,sn1,",
        "B-1,,gold,2026-02-30,2026-12-31,acme,,,",
        "C-1,Gamma,8x5_4h,2026-12-31,2026-01-01,f5,BIG-IP,SN9,",
        "D-1,too,few,fields",
      ),
    );
    expect(parsed.contracts).toEqual([]);
    const byLine: Record<number, typeof parsed.errors> = {};
    for (const error of inEnglish(parsed.errors)) (byLine[error.line] ??= []).push(error);
    expect(byLine[2]).toBeUndefined();
    expect(byLine[3]?.[0]?.reason).toBe("customer_name differs from line 2 of contract A-1");
    expect(byLine[4]?.[0]?.reason).toBe("serial number sn1 is already on line 2");
    expect(byLine[5]?.map((e) => e.reason)).toEqual([
      "customer_name: Enter the customer name.",
      expect.stringMatching(/^service_level "gold" is not one of 8x5 NBD, 8x5 4h, 24x7 4h/),
      "valid_from: The start date is not a real date.",
      expect.stringMatching(/^vendor "acme" is not one of fortinet/),
      "product: Enter the product or model.",
      "serial_number: Enter the serial number.",
    ]);
    expect(byLine[6]?.[0]?.reason).toBe("valid_to is before valid_from");
    expect(byLine[7]?.[0]?.reason).toMatch(/different number of fields/);
  });

  it("rejects a file without the required columns or without rows", () => {
    expect(inEnglish(parseContractsCsv("number,customer\nA,B\n").errors)).toEqual([
      {
        line: 1,
        reason: expect.stringMatching(/lacks the column\(s\) contract_number, customer_name/),
      },
    ]);
    expect(inEnglish(parseContractsCsv(`${HEADER}\n`).errors)).toEqual([
      { line: 1, reason: "the file has no rows" },
    ]);
  });
});

describe("importContracts", () => {
  it("creates contracts with keys that work, then re-imports idempotently: fields updated, assets merged, keys kept", async () => {
    const orders = await createUser({ role: "orders_team" });
    const s = uniqueSuffix().toUpperCase();
    const first = csv(
      `IMP-${s},ACME ${s},8x5 NBD,2026-01-01,2099-12-31,fortinet,FortiGate 60F,FG-${s},HQ`,
      `IMP-${s},ACME ${s},8x5 NBD,2026-01-01,2099-12-31,f5,BIG-IP,F5-${s},`,
      `IMQ-${s},Beta ${s},24x7 4h,2026-01-01,2099-12-31,tenable,Nessus,TN-${s},`,
    );

    const preview = await previewContractsImport(orders, first);
    expect(preview).toMatchObject({ ok: true, contracts: { new: 2, existing: 0, assets: 3 } });

    const created = expectOk(
      await importContracts(orders, first, { fileName: "a.csv", context: { ip: "10.1.1.1" } }),
    );
    expect(created).toMatchObject({ contractsCreated: 2, contractsUpdated: 0, assetsAdded: 3 });
    expect(created.keys.map((k) => k.number)).toEqual([`IMP-${s}`, `IMQ-${s}`]);
    for (const { number, key } of created.keys) {
      await expect(checkContractKey(db, { number, key })).resolves.toBeTruthy();
    }
    const contract = (await contractByNumber(`IMP-${s}`))!;
    expect(contract.createdById).toBe(orders.id);

    const second = csv(
      `imp-${s},ACME ${s} Renamed,8x5 4h,2026-01-01,2099-12-31,fortinet,FortiGate 60F,fg-${s},HQ rack 3`,
      `imp-${s},ACME ${s} Renamed,8x5 4h,2026-01-01,2099-12-31,gigamon,GigaVUE,GV-${s},`,
      `IMQ-${s},Beta ${s},24x7 4h,2026-01-01,2099-12-31,tenable,Nessus,TN-${s},`,
    );
    expect(await previewContractsImport(orders, second)).toMatchObject({
      contracts: { new: 0, existing: 2 },
    });
    const again = expectOk(await importContracts(orders, second, { fileName: "b.csv" }));
    expect(again).toMatchObject({
      contractsCreated: 0,
      contractsUpdated: 1,
      contractsUnchanged: 1,
      assetsAdded: 1,
      assetsUpdated: 1,
      keys: [],
    });
    expect(await contractByNumber(`IMP-${s}`)).toMatchObject({
      id: contract.id,
      number: `imp-${s}`,
      customerName: `ACME ${s} Renamed`,
      serviceLevel: "8x5_4h",
      activationKeyHash: contract.activationKeyHash,
    });
    expect((await assetsOf(contract.id)).map((a) => [a.serialNumber, a.description])).toEqual([
      [`F5-${s}`, null],
      [`GV-${s}`, null],
      [`fg-${s}`, "HQ rack 3"],
    ]);
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "contract.import"), eq(auditEvents.actorId, orders.id)))
      .orderBy(auditEvents.id);
    expect(events.map((e) => e.details)).toEqual([
      expect.objectContaining({
        file: "a.csv",
        contractsCreated: 2,
        created: [`IMP-${s}`, `IMQ-${s}`],
      }),
      expect.objectContaining({ file: "b.csv", contractsUpdated: 1, updated: [`imp-${s}`] }),
    ]);
    expect(JSON.stringify(events)).not.toContain(created.keys[0]!.key);
  });

  it("imports nothing when one row is bad, and records the rejected file", async () => {
    const admin = await createUser({ role: "admin" });
    const s = uniqueSuffix().toUpperCase();
    const result = await importContracts(
      admin,
      csv(
        `BAD-${s},ACME,8x5 NBD,2026-01-01,2099-12-31,fortinet,FG,SN-${s},`,
        `BAD2-${s},ACME,8x5 NBD,2026-01-01,2099-12-31,nokia,FG,SN-${s},`,
      ),
      { fileName: "bad.csv" },
    );
    expect(result).toMatchObject({ ok: false, rows: 2, errors: [{ line: 3 }] });
    expect(await contractByNumber(`BAD-${s}`)).toBeUndefined();
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "contract.import"), eq(auditEvents.actorId, admin.id)));
    expect(event).toMatchObject({
      outcome: "failure",
      details: { file: "bad.csv", invalidRows: 1 },
    });
  });

  it("writes nothing in a dry run, and rolls back when saving the keys fails", async () => {
    const s = uniqueSuffix().toUpperCase();
    const file = csv(`DRY-${s},ACME,8x5 NBD,2026-01-01,2099-12-31,fortinet,FG,SN-${s},`);
    const dry = expectOk(await importContracts("cli", file, { fileName: "d.csv", dryRun: true }));
    expect(dry).toMatchObject({ dryRun: true, contractsCreated: 1, assetsAdded: 1, keys: [] });
    expect(await contractByNumber(`DRY-${s}`)).toBeUndefined();

    await expect(
      importContracts("cli", file, {
        fileName: "d.csv",
        beforeCommit: async () => {
          throw new Error("disk full");
        },
      }),
    ).rejects.toThrow("disk full");
    expect(await contractByNumber(`DRY-${s}`)).toBeUndefined();

    const phases = new Set<string>();
    let saved: unknown[] = [];
    const real = expectOk(
      await importContracts("cli", file, {
        fileName: "d.csv",
        onProgress: (_done, _total, phase) => phases.add(phase),
        beforeCommit: async (keys) => {
          saved = keys;
        },
      }),
    );
    expect(saved).toEqual(real.keys);
    expect(phases).toEqual(new Set(["keys", "contracts", "assets"]));
    expect((await contractByNumber(`DRY-${s}`))?.createdById).toBeNull();
  });
});

describe("a file with a NUL in a cell (found by the action fuzzing)", () => {
  it("previews and refuses it with the row's error, instead of failing the query", async () => {
    const orders = await createUser({ role: "orders_team" });
    const file = csv(`IMP-\u0000X,ACME,8x5 NBD,2026-01-01,2099-12-31,fortinet,FortiGate 60F,FG-1,`);
    const preview = await previewContractsImport(orders, file);
    expect(preview.ok).toBe(false);
    expect(preview.rows[0]!.errors.length).toBeGreaterThan(0);
    const imported = await importContracts(orders, file, { fileName: "nul.csv", context: {} });
    expect(imported.ok).toBe(false);
  });
});
