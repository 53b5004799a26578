import { parse } from "csv-parse/sync";
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { assets, auditEvents, ticketMessages } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import {
  createActor,
  createContract,
  createTicketRow,
  createUser,
  uniqueSuffix,
} from "@/test/factories";
import { EXPORT_COLUMNS, exportQueueCsv } from "./export-queue";
import type { QueueQueryInput } from "./queue-query";
import { formatTicketNumber } from "./ticket-number";

async function exportText(
  actor: Actor,
  query: QueueQueryInput,
  options?: Parameters<typeof exportQueueCsv>[2],
) {
  let text = "";
  for await (const chunk of exportQueueCsv(actor, query, options)) text += chunk;
  return text;
}

const parseCsv = (text: string) =>
  parse(text, { bom: true, columns: true }) as Array<
    Record<(typeof EXPORT_COLUMNS)[number], string>
  >;

const lastExportAudit = async (actorId: string) =>
  (
    await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, actorId), eq(auditEvents.action, "ticket.export")))
      .orderBy(desc(auditEvents.id))
      .limit(1)
  )[0];

let engineer: Actor;
let requester: Actor;
let company: string;

beforeAll(async () => {
  engineer = await createActor({ role: "support_engineer" });
  company = `Export ${uniqueSuffix()} S.A.`;
  requester = await createActor({ role: "customer", company });
});

describe("the queue export", () => {
  it("gives staff the rows of the current view and filters, never notes or bodies", async () => {
    const contract = await createContract({ activatedFor: [requester.id] });
    const [asset] = await db
      .select()
      .from(assets)
      .where(eq(assets.contractId, contract.id))
      .limit(1);
    const r = { requesterId: requester.id };
    const open = await createTicketRow({
      ...r,
      type: "support",
      contractId: contract.id,
      assetId: asset!.id,
      vendor: asset!.vendor,
      status: "open",
      priority: "high",
      assigneeId: engineer.id,
      subject: '=HYPERLINK("http://evil.example")',
      description: "secret description",
      resolutionDueAt: new Date(Date.now() + 3_600_000),
    });
    const fresh = await createTicketRow({ ...r, status: "new", subject: 'Łódź, "quoted"' });
    const waiting = await createTicketRow({ ...r, status: "waiting_for_customer" });
    const lowOpen = await createTicketRow({ ...r, status: "open", priority: "low" });
    await db.insert(ticketMessages).values([
      { ticketId: open.id, authorId: engineer.id, body: "internal note body", internal: true },
      { ticketId: open.id, authorId: engineer.id, body: "public reply body", internal: false },
    ]);

    const text = await exportText(engineer, { view: "open", company, sort: "created" });
    expect(text.startsWith("\uFEFFnumber,subject,")).toBe(true);
    expect(text).not.toMatch(/internal note body|public reply body|secret description/);
    const rows = parseCsv(text);
    expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS]);
    expect(rows.map((row) => row.number)).toEqual(
      [lowOpen, fresh, open].map((ticket) => formatTicketNumber(ticket.number)),
    );
    expect(rows.map((row) => row.number)).not.toContain(formatTicketNumber(waiting.number));
    const openRow = rows.find((row) => row.number === formatTicketNumber(open.number))!;
    expect(openRow).toMatchObject({
      subject: '\'=HYPERLINK("http://evil.example")',
      type: "Support request",
      status: "Open",
      priority: "High",
      company,
      contract: contract.number,
      product: asset!.product,
      assignee: `${engineer.firstName} ${engineer.lastName}`,
      "resolution due": open.resolutionDueAt!.toISOString(),
    });
    expect(openRow["SLA state"]).toMatch(/^(running|at_risk) \(Resolution: .+ left\)$/);
    expect(rows.find((row) => row.number === formatTicketNumber(fresh.number))!.subject).toBe(
      'Łódź, "quoted"',
    );

    const filtered = parseCsv(
      await exportText(engineer, { view: "open", company, priority: ["low"], cursor: "ignored" }),
    );
    expect(filtered.map((row) => row.number)).toEqual([formatTicketNumber(lowOpen.number)]);

    const audit = await lastExportAudit(engineer.id);
    expect(audit).toMatchObject({ outcome: "success" });
    expect(audit!.details).toMatchObject({ rows: 1, truncated: false, complete: true });
  });

  it("leaves no cell that starts a formula, split on `,` or on `;`, quotes honoured or not", async () => {
    const hostileCompany = `ACME;=2+2 ${uniqueSuffix()}`;
    const hostile = await createUser({
      role: "customer",
      company: hostileCompany,
      firstName: "Eve;@SUM(A1)",
      lastName: ", -3+3",
    });
    for (const subject of [
      ";=1+1",
      "x;-2+3",
      "a, +SUM(A1)",
      '"quoted";=HYPERLINK("http://evil.example")',
      'x;"=1+1"',
      "tab;\t=1",
      "line\n=1+1",
      "cr\r=1+1",
      "@cmd",
    ]) {
      await createTicketRow({ requesterId: hostile.id, status: "new", subject });
    }

    const text = await exportText(engineer, { company: hostileCompany });
    const formulas: Record<string, string[]> = {};
    for (const delimiter of [",", ";"]) {
      for (const quote of ['"', false] as const) {
        const cells = (
          parse(text, {
            bom: true,
            delimiter,
            quote,
            relax_quotes: true,
            relax_column_count: true,
            record_delimiter: ["\r\n", "\n", "\r"],
          }) as string[][]
        ).flat();
        expect(cells.length).toBeGreaterThan(9);
        formulas[`${delimiter} ${quote ? "quoted" : "unquoted"}`] = cells.filter((cell) =>
          /^[ "]*[=+\-@\t\r]/.test(cell),
        );
      }
    }
    expect(formulas).toEqual({
      ", quoted": [],
      ", unquoted": [],
      "; quoted": [],
      "; unquoted": [],
    });
    expect(parseCsv(text).map((row) => row.subject)).toContain(";'=1+1");
  });

  it("walks every page and stops at the cap", async () => {
    const capCompany = `Cap ${uniqueSuffix()}`;
    const capRequester = await createActor({ role: "customer", company: capCompany });
    for (let index = 0; index < 105; index += 1) {
      await createTicketRow({ requesterId: capRequester.id, status: "new" });
    }
    const all = parseCsv(await exportText(engineer, { company: capCompany }));
    expect(new Set(all.map((row) => row.number)).size).toBe(105);

    const capped = parseCsv(await exportText(engineer, { company: capCompany }, { maxRows: 101 }));
    expect(capped).toHaveLength(101);
    expect((await lastExportAudit(engineer.id))!.details).toMatchObject({
      rows: 101,
      truncated: true,
    });
  });

  it("writes the header alone when nothing matches", async () => {
    const rows = parseCsv(await exportText(engineer, { company: `Nobody ${uniqueSuffix()}` }));
    expect(rows).toEqual([]);
  });

  it("is for support engineers and admins only", async () => {
    const admin = await createActor({ role: "admin" });
    await createTicketRow({ requesterId: requester.id, status: "new" });
    expect(parseCsv(await exportText(admin, { company }))).not.toHaveLength(0);
    for (const role of ["customer", "orders_team"] as const) {
      const actor = role === "customer" ? requester : await createActor({ role });
      expect(() => exportQueueCsv(actor, { company })).toThrow(
        expect.objectContaining({ code: "forbidden" }),
      );
    }
  });
});
