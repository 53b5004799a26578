import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, emailOutbox, tickets, ticketMessages } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { actorOf, createTicketRow, createUser } from "@/test/factories";
import { outcome } from "@/test/outcome";
import { addReply } from "./add-reply";
import { listTicketHistory } from "./ticket-history";
import { inEnglish } from "@/lib/testing/message-text";

// "Send and set Waiting for customer": the reply and the status change are one step.

const ctx = { ip: "192.0.2.44", userAgent: "vitest" };

let engineer: Actor;
let customer: Actor;
let orders: Actor;

beforeAll(async () => {
  engineer = actorOf(await createUser({ role: "support_engineer", firstName: "Ewa" }));
  orders = actorOf(await createUser({ role: "orders_team" }));
  customer = actorOf(await createUser());
});

async function ticketFor(overrides: Partial<typeof tickets.$inferInsert> = {}) {
  const requester = await createUser({ firstName: "Marta" });
  const ticket = await createTicketRow({ requesterId: requester.id, status: "open", ...overrides });
  return { requester, ticket };
}

/** An engineer's reply to the customer that sets `status`. */
const replyAndSet = (ticketId: string, body: string, status: "waiting_for_customer" | "resolved") =>
  addReply(engineer, ticketId, { body, internal: false, status }, ctx);

const emailsTo = (address: string) =>
  db.select().from(emailOutbox).where(eq(emailOutbox.to, address));

const reload = async (id: string) =>
  (await db.select().from(tickets).where(eq(tickets.id, id)))[0]!;

describe("a staff reply that sets the status", () => {
  it("adds the reply, moves the status, pauses the SLA and sends the customer one email", async () => {
    const { requester, ticket } = await ticketFor();
    const result = await replyAndSet(
      ticket.id,
      "Please send the output of `diag vpn tunnel list`.",
      "waiting_for_customer",
    );
    expect(result.status).toBe("waiting_for_customer");

    const row = await reload(ticket.id);
    expect(row.status).toBe("waiting_for_customer");
    expect(row.slaPausedAt).not.toBeNull();
    expect(row.firstRespondedAt).not.toBeNull();
    const messages = await db
      .select()
      .from(ticketMessages)
      .where(eq(ticketMessages.ticketId, ticket.id));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ internal: false, authorId: engineer.id });

    const emails = await emailsTo(requester.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toContain("New reply; status changed to Waiting for you");
    expect(emails[0]!.text).toContain("needs information from you");

    const events = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, ticket.id))
      .orderBy(asc(auditEvents.id));
    expect(events.map((event) => event.action)).toEqual(["ticket.reply"]);
    const history = await listTicketHistory(engineer, ticket.id);
    expect(inEnglish(history.at(-1)!.sentence)).toBe(
      `Ewa ${engineer.lastName} replied; status changed from Open to Waiting for customer`,
    );
  });

  it("resolves: stamps resolvedAt and ends the SLA pause of a ticket that waited", async () => {
    const { requester, ticket } = await ticketFor({
      status: "waiting_for_customer",
      slaPausedAt: new Date(Date.now() - 60_000),
    });
    await replyAndSet(ticket.id, "Fixed in 7.4.5.", "resolved");
    const row = await reload(ticket.id);
    expect(row).toMatchObject({ status: "resolved", slaPausedAt: null });
    expect(row.resolvedAt).not.toBeNull();
    const emails = await emailsTo(requester.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).toContain("closes by itself");
  });

  it("asking for the status the ticket has sends just the reply", async () => {
    const { requester, ticket } = await ticketFor({ status: "resolved", resolvedAt: new Date() });
    await replyAndSet(ticket.id, "One more thing.", "resolved");
    expect((await reload(ticket.id)).status).toBe("resolved");
    const emails = await emailsTo(requester.email);
    expect(emails.map((email) => email.subject)).toEqual([
      expect.stringContaining("New reply from CLICO support"),
    ]);
  });

  it("refuses a move back to New, a status on an internal note, and callers who may not change it", async () => {
    const { ticket } = await ticketFor();
    await expect(
      addReply(engineer, ticket.id, { body: "x", internal: false, status: "new" }, ctx),
    ).rejects.toMatchObject({ code: "invalid", field: "status" });
    await expect(
      addReply(engineer, ticket.id, { body: "x", internal: true, status: "resolved" }, ctx),
    ).rejects.toMatchObject({ code: "invalid", field: "status" });
    for (const who of [customer, orders]) {
      expect(
        await outcome(() =>
          addReply(who, ticket.id, { body: "x", internal: false, status: "resolved" }, ctx),
        ),
      ).toBe("forbidden");
    }
    const messages = await db
      .select()
      .from(ticketMessages)
      .where(and(eq(ticketMessages.ticketId, ticket.id)));
    expect(messages).toHaveLength(0);
    expect((await reload(ticket.id)).status).toBe("open");
  });
});
