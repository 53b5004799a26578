import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, contractActivations, users } from "@/db/schema";
import { createContract, createUser, uniqueSuffix } from "@/test/factories";
import { importTacAccounts, type TacImportResult } from "./import-tac-accounts";

const dir = mkdtempSync(path.join(tmpdir(), "tac-import-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = "legacy_id,email,first_name,last_name,phone,company,contract_numbers";

function csvFile(...lines: string[]) {
  const file = path.join(dir, `tac-${uniqueSuffix()}.csv`);
  writeFileSync(file, [HEADER, ...lines].join("\n") + "\n");
  return file;
}

function expectOk(result: TacImportResult) {
  if (!result.ok) throw new Error(`import rejected: ${JSON.stringify(result.errors)}`);
  return result;
}

const usersByLegacyId = (...ids: string[]) =>
  db.select().from(users).where(inArray(users.legacyTacId, ids));

describe("importTacAccounts", () => {
  it("creates accounts that must reset their password, links known contracts and reports unknown ones", async () => {
    const s = uniqueSuffix();
    const known = await createContract();
    const other = await createContract();
    const file = csvFile(
      `A-${s},Anna.${s}@Example.com,Anna,Nowak,+48 600 100 200,ACME,ZZ-${s};${known.number.toLowerCase()}; NOPE-${s}`,
      `B-${s},bob.${s}@example.com,Bob,"Kowalski, Jr.",,,"${known.number} ${other.number}"`,
      `C-${s},cecil.${s}@example.com,Cecil,Smith,,Foo,`,
    );

    const result = expectOk(await importTacAccounts(db, { filePath: file }));

    expect(result).toMatchObject({
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      contractsLinked: 3,
    });
    expect(result.unknownContracts).toEqual([
      { line: 2, number: `ZZ-${s}` },
      { line: 2, number: `NOPE-${s}` },
    ]);
    const [anna] = await usersByLegacyId(`A-${s}`);
    expect(anna).toMatchObject({
      login: `Anna.${s}@Example.com`,
      email: `Anna.${s}@Example.com`,
      firstName: "Anna",
      lastName: "Nowak",
      phone: "+48 600 100 200",
      company: "ACME",
      status: "password_reset_required",
      passwordHash: null,
      role: "customer",
    });
    const links = await db
      .select({ contractId: contractActivations.contractId })
      .from(contractActivations)
      .where(eq(contractActivations.userId, anna!.id));
    expect(links).toEqual([{ contractId: known.id }]);
    const [bob] = await usersByLegacyId(`B-${s}`);
    expect(bob).toMatchObject({ lastName: "Kowalski, Jr.", phone: "", company: "" });

    const [event] = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "account.tac_import"),
          sql`${auditEvents.details}->>'file' = ${path.basename(file)}`,
        ),
      );
    expect(event).toMatchObject({ outcome: "success", actorId: null });
    expect(event?.details).toMatchObject({
      rows: 3,
      created: 3,
      contractsLinked: 3,
      unknownContracts: 2,
    });
  });

  it("updates on a re-run and never duplicates", async () => {
    const s = uniqueSuffix();
    const contract = await createContract();
    const line = (company: string) =>
      `R-${s},r.${s}@example.com,Rita,Lee,,${company},${contract.number}`;
    expectOk(
      await importTacAccounts(db, {
        filePath: csvFile(line("Old Co"), `Q-${s},q.${s}@example.com,Quinn,Day,,,`),
      }),
    );

    const again = expectOk(
      await importTacAccounts(db, {
        filePath: csvFile(line("New Co"), `Q-${s},q.${s}@example.com,Quinn,Day,,,`),
      }),
    );

    expect(again).toMatchObject({
      rows: 2,
      created: 0,
      updated: 1,
      unchanged: 1,
      contractsLinked: 0,
    });
    const rows = await usersByLegacyId(`R-${s}`, `Q-${s}`);
    expect(rows).toHaveLength(2);
    expect(rows.find((u) => u.legacyTacId === `R-${s}`)?.company).toBe("New Co");
    const links = await db
      .select()
      .from(contractActivations)
      .where(eq(contractActivations.contractId, contract.id));
    expect(links).toHaveLength(1);
  });

  it("leaves a migrated user who already reset untouched", async () => {
    const s = uniqueSuffix();
    const file = () => csvFile(`K-${s},k.${s}@example.com,Kim,Park,,Renamed ${uniqueSuffix()},`);
    expectOk(await importTacAccounts(db, { filePath: file() }));
    const [imported] = await usersByLegacyId(`K-${s}`);
    await db
      .update(users)
      .set({ status: "active", passwordHash: "argon2-hash-after-reset" })
      .where(eq(users.legacyTacId, `K-${s}`));

    expect(await importTacAccounts(db, { filePath: file() })).toMatchObject({
      ok: true,
      updated: 0,
    });

    const [kim] = await usersByLegacyId(`K-${s}`);
    expect(kim).toMatchObject({ status: "active", passwordHash: "argon2-hash-after-reset" });
    expect(kim?.company).toBe(imported?.company);
  });

  it("imports nothing when one row is bad and names its line", async () => {
    const s = uniqueSuffix();
    const file = csvFile(
      `G1-${s},g1.${s}@example.com,Gina,One,,,`,
      `G2-${s},not-an-email,Gina,Two,,,`,
      `G3-${s},g3.${s}@example.com,,Three,,,`,
    );

    const result = await importTacAccounts(db, { filePath: file });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { line: 3, reason: expect.stringMatching(/email "not-an-email" is not a valid address/) },
      { line: 4, reason: expect.stringMatching(/first_name is empty/) },
    ]);
    expect(await usersByLegacyId(`G1-${s}`, `G2-${s}`, `G3-${s}`)).toEqual([]);
    const [event] = await db
      .select({ outcome: auditEvents.outcome, details: auditEvents.details })
      .from(auditEvents)
      .where(sql`${auditEvents.details}->>'file' = ${path.basename(file)}`);
    expect(event).toEqual({
      outcome: "failure",
      details: expect.objectContaining({ invalidRows: 2 }),
    });
  });

  it("reports a duplicate email or legacy id inside the file", async () => {
    const s = uniqueSuffix();
    const file = csvFile(
      `D1-${s},d.${s}@example.com,Dan,One,,,`,
      `D2-${s},D.${s}@EXAMPLE.com,Dan,Two,,,`,
      `D1-${s},other.${s}@example.com,Dan,Three,,,`,
    );

    const result = await importTacAccounts(db, { filePath: file });

    expect(result).toMatchObject({
      ok: false,
      errors: [
        { line: 3, reason: `email D.${s}@EXAMPLE.com is already on line 2` },
        { line: 4, reason: `legacy id D1-${s} is already on line 2` },
      ],
    });
    expect(await usersByLegacyId(`D1-${s}`, `D2-${s}`)).toEqual([]);
  });

  it("rejects an email that belongs to an account not migrated from the same legacy id", async () => {
    const s = uniqueSuffix();
    const existing = await createUser({ email: `taken.${s}@example.com` });
    const result = await importTacAccounts(db, {
      filePath: csvFile(`E-${s},${existing.email.toUpperCase()},Eve,Adams,,,`),
    });

    expect(result).toMatchObject({
      ok: false,
      errors: [{ line: 2, reason: expect.stringMatching(/already belongs to another account/) }],
    });
  });

  it("reports a missing column and a row with the wrong number of fields", async () => {
    const file = path.join(dir, `tac-${uniqueSuffix()}.csv`);
    writeFileSync(file, "legacy_id,email,first_name,last_name\nX,x@example.com,X,Y\n");
    expect(await importTacAccounts(db, { filePath: file })).toMatchObject({
      ok: false,
      errors: [{ line: 1, reason: expect.stringMatching(/phone, company, contract_numbers/) }],
    });

    const s = uniqueSuffix();
    const ragged = csvFile(`F-${s},f.${s}@example.com,Fay,Ray,,`);
    expect(await importTacAccounts(db, { filePath: ragged })).toMatchObject({
      ok: false,
      errors: [{ line: 2, reason: expect.stringMatching(/number of fields/) }],
    });
  });

  it("writes nothing in a dry run but reports what would happen", async () => {
    const s = uniqueSuffix();
    const contract = await createContract();
    const file = csvFile(`Y-${s},y.${s}@example.com,Yara,Dry,,,${contract.number} GONE-${s}`);
    const eventsBefore = await db.$count(auditEvents);

    const result = await importTacAccounts(db, { filePath: file, dryRun: true });

    expect(result).toMatchObject({
      ok: true,
      dryRun: true,
      rows: 1,
      created: 1,
      contractsLinked: 1,
    });
    expect(result.ok && result.unknownContracts).toEqual([{ line: 2, number: `GONE-${s}` }]);
    expect(await usersByLegacyId(`Y-${s}`)).toEqual([]);
    expect(
      await db.$count(contractActivations, eq(contractActivations.contractId, contract.id)),
    ).toBe(0);
    expect(await db.$count(auditEvents)).toBe(eventsBefore);
  });

  it("reports progress up to the number of rows", async () => {
    const s = uniqueSuffix();
    const lines = Array.from(
      { length: 5 },
      (_, i) => `P${i}-${s},p${i}.${s}@example.com,P,${i},,,`,
    );
    const calls: Array<[number, number, string]> = [];

    expectOk(
      await importTacAccounts(db, {
        filePath: csvFile(...lines),
        batchSize: 2,
        onProgress: (done, total, phase) => calls.push([done, total, phase]),
      }),
    );

    expect(calls.filter(([, , phase]) => phase === "importing")).toEqual([
      [2, 5, "importing"],
      [4, 5, "importing"],
      [5, 5, "importing"],
    ]);
  });
});
