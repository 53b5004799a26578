import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import type { UserRole } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { createActor, createTicketRow } from "@/test/factories";
import { addReply } from "./add-reply";
import { assignTicket } from "./assign-ticket";
import { changeTicketPriority } from "./change-ticket-priority";
import { changeTicketStatus } from "./change-ticket-status";
import { setTicketClosed } from "./close-ticket";
import { describeTicketEvent, listTicketHistory } from "./ticket-history";
import { outcome } from "@/test/outcome";
import { inEnglish, messageText } from "@/lib/testing/message-text";

const ctx = { ip: "192.0.2.7", userAgent: "vitest" };

describe("ticket history", () => {
  it("tells every change as a sentence, oldest first, with names and labels resolved", async () => {
    const customer = await createActor({ firstName: "Anna", lastName: "Nowak" });
    const engineer = await createActor({
      role: "support_engineer",
      firstName: "Piotr",
      lastName: "Wiśniewski",
    });
    const ticket = await createTicketRow({ requesterId: customer.id });
    await assignTicket(engineer, ticket.id, engineer.id, ctx);
    await addReply(engineer, ticket.id, { body: "Checking.", internal: true }, ctx);
    await addReply(engineer, ticket.id, { body: "Please send logs.", internal: false }, ctx);
    await changeTicketStatus(engineer, ticket.id, "waiting_for_customer", ctx);
    await changeTicketPriority(engineer, ticket.id, "high", ctx);
    await addReply(customer, ticket.id, { body: "Logs attached.", internal: false }, ctx);
    await setTicketClosed(engineer, ticket.id, true, ctx);
    await assignTicket(engineer, ticket.id, null, ctx);
    // Another ticket's events and failed attempts are not this ticket's history.
    await recordAuditEvent(db, {
      actorId: engineer.id,
      action: "ticket.status_change",
      targetType: "ticket",
      targetId: ticket.id,
      outcome: "denied",
    });

    const history = await listTicketHistory(engineer, ticket.id);
    expect(history.map((entry) => inEnglish(entry.sentence))).toEqual([
      "Piotr Wiśniewski assigned the ticket to Piotr Wiśniewski",
      "Piotr Wiśniewski added an internal note",
      "Piotr Wiśniewski replied; status changed from New to Open",
      "Piotr Wiśniewski changed status from Open to Waiting for customer",
      "Piotr Wiśniewski changed priority from Normal to High",
      "Anna Nowak replied; status changed from Waiting for customer to Open",
      "Piotr Wiśniewski closed the ticket",
      "Piotr Wiśniewski unassigned the ticket from Piotr Wiśniewski",
    ]);
    expect(history[3]).toMatchObject({
      actorName: "Piotr Wiśniewski",
      action: "ticket.status_change",
      change: { field: "status", from: "Open", to: "Waiting for customer" },
    });
    expect(history[0]!.at).toBeInstanceOf(Date);
    // the sentence is a message: in Polish, the status's own words
    expect(messageText(history[3]!.sentence, "pl")).toBe(
      "Piotr Wiśniewski: zmiana statusu z „Otwarte” na „Czeka na klienta”",
    );
  });

  it("is for support engineers and admins only; others get forbidden or not_found", async () => {
    const customer = await createActor({ role: "customer" });
    const ticket = await createTicketRow({ requesterId: customer.id });
    const outcomes: Array<[UserRole, string]> = [
      ["customer", "forbidden"],
      ["orders_team", "forbidden"],
      ["support_engineer", "allowed"],
      ["admin", "allowed"],
    ];
    for (const [role, expected] of outcomes) {
      const actor = role === "customer" ? customer : await createActor({ role });
      expect([role, await outcome(() => listTicketHistory(actor, ticket.id))]).toEqual([
        role,
        expected,
      ]);
    }
    const engineer = await createActor({ role: "support_engineer" });
    expect(
      await outcome(() => listTicketHistory(engineer, "00000000-0000-4000-8000-000000000000")),
    ).toBe("not_found");
    expect(await outcome(() => listTicketHistory(engineer, "nope"))).toBe("not_found");
  });
});

describe("describeTicketEvent", () => {
  const base = { id: 1, actorName: "Ewa Lis", details: {}, at: new Date() };
  it.each([
    [
      { action: "ticket.create", details: { priority: "critical" }, change: null },
      "Ewa Lis opened the ticket with Critical priority",
    ],
    [
      { action: "ticket.assign", change: { field: "assignee", from: "Jan Kos", to: null } },
      "Ewa Lis unassigned the ticket from Jan Kos",
    ],
    [
      { action: "ticket.assign", change: { field: "assignee", from: "Jan Kos", to: "Ewa Lis" } },
      "Ewa Lis reassigned the ticket from Jan Kos to Ewa Lis",
    ],
    [
      { action: "ticket.attachment_added", details: { fileName: "qkview.tgz" }, change: null },
      "Ewa Lis attached qkview.tgz",
    ],
    [{ action: "ticket.exported", change: null }, "Ewa Lis: exported"],
  ] as const)("%o → %s", (entry, sentence) => {
    expect(
      inEnglish(
        describeTicketEvent({ ...base, ...entry } as Parameters<typeof describeTicketEvent>[0]),
      ),
    ).toBe(sentence);
  });
});
