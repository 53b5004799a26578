import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { attachments, ticketMessages } from "@/db/schema";
import { actorOf, createMessages, createTicketRow, createUser } from "@/test/factories";
import { getTicket, MESSAGE_PAGE_SIZE } from "./get-ticket";

/** A ticket with `count` messages a second apart, every seventh an internal note. */
async function longTicket(count: number) {
  const requester = await createUser();
  const engineer = await createUser({ role: "support_engineer" });
  const ticket = await createTicketRow({ requesterId: requester.id });
  const messages = await db
    .insert(ticketMessages)
    .values(
      Array.from({ length: count }, (_, i) => ({
        ticketId: ticket.id,
        authorId: i % 2 ? engineer.id : requester.id,
        body: `message ${i}`,
        internal: i % 7 === 6,
        // with microseconds, as now() writes them: the cursor must not lose them
        createdAt: sql`timestamptz '2026-01-05 08:00:00.000123+00' + make_interval(secs => ${i})`,
      })),
    )
    .returning();
  return { requester: actorOf(requester), engineer: actorOf(engineer), ticket, messages };
}

const bodies = (view: { messages: Array<{ body: string }> }) => view.messages.map((m) => m.body);
const range = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `message ${from + i}`);

describe("a ticket's conversation", () => {
  it("shows the newest messages, oldest first, and pages back by cursor to the start", async () => {
    const count = MESSAGE_PAGE_SIZE * 2 + 10;
    const { engineer, ticket } = await longTicket(count);

    const newest = await getTicket(engineer, ticket.id);
    expect(bodies(newest)).toEqual(range(count - MESSAGE_PAGE_SIZE, count));
    expect(newest.isLatest).toBe(true);
    expect(newest.earlierCursor).toBe(newest.messages[0]!.id);

    const earlier = await getTicket(engineer, ticket.id, { before: newest.earlierCursor! });
    expect(bodies(earlier)).toEqual(
      range(count - 2 * MESSAGE_PAGE_SIZE, count - MESSAGE_PAGE_SIZE),
    );
    expect(earlier.isLatest).toBe(false);

    const first = await getTicket(engineer, ticket.id, { before: earlier.earlierCursor! });
    expect(bodies(first)).toEqual(range(0, 10));
    expect(first.earlierCursor).toBeNull();
  });

  it("keeps messages with the same timestamp apart by id, so none is skipped or repeated", async () => {
    const requester = await createUser();
    const ticket = await createTicketRow({ requesterId: requester.id });
    const at = new Date("2026-01-05T08:00:00Z");
    await createMessages(
      ...Array.from({ length: MESSAGE_PAGE_SIZE + 5 }, (_, i) => ({
        ticketId: ticket.id,
        authorId: requester.id,
        body: `same time ${i}`,
        createdAt: at,
      })),
    );
    const actor = actorOf(requester);
    const newest = await getTicket(actor, ticket.id);
    const earlier = await getTicket(actor, ticket.id, { before: newest.earlierCursor! });
    const seen = [...earlier.messages, ...newest.messages].map((m) => m.id);
    expect(new Set(seen).size).toBe(MESSAGE_PAGE_SIZE + 5);
    expect(earlier.earlierCursor).toBeNull();
  });

  it("pages a customer through public messages only; a cursor they cannot see shows the newest", async () => {
    const count = MESSAGE_PAGE_SIZE + 30;
    const { requester, ticket, messages } = await longTicket(count);
    const publicBodies = messages.filter((m) => !m.internal).map((m) => m.body);

    const newest = await getTicket(requester, ticket.id);
    expect(bodies(newest)).toEqual(publicBodies.slice(-MESSAGE_PAGE_SIZE));
    const earlier = await getTicket(requester, ticket.id, { before: newest.earlierCursor! });
    expect(bodies(earlier)).toEqual(publicBodies.slice(0, -MESSAGE_PAGE_SIZE));

    const note = messages.find((m) => m.internal)!;
    for (const before of [note.id, "00000000-0000-4000-8000-000000000000", "nonsense"]) {
      const view = await getTicket(requester, ticket.id, { before });
      expect(view.isLatest).toBe(true);
      expect(bodies(view)).toEqual(bodies(newest));
    }
  });

  it("marks the files of internal notes, outside the window of messages too", async () => {
    const { engineer, ticket, messages } = await longTicket(MESSAGE_PAGE_SIZE + 10);
    const oldNote = messages.find((m) => m.internal)!;
    const oldMessage = messages[0]!;
    const file = (messageId: string | null, fileName: string) => ({
      ticketId: ticket.id,
      messageId,
      uploaderId: engineer.id,
      fileName,
      contentType: "text/plain",
      sizeBytes: 1,
      storageKey: `k/${fileName}`,
      sha256: "0".repeat(64),
    });
    await db
      .insert(attachments)
      .values([file(oldNote.id, "note.txt"), file(oldMessage.id, "msg.txt"), file(null, "t.txt")]);
    const view = await getTicket(engineer, ticket.id);
    expect(view.messages.map((m) => m.id)).not.toContain(oldNote.id);
    expect(Object.fromEntries(view.attachments.map((a) => [a.fileName, a.internal]))).toEqual({
      "note.txt": true,
      "msg.txt": false,
      "t.txt": false,
    });
  });
});

describe("the staff ticket page's requester", () => {
  it("carries the requester's language, so staff see which language the customer writes in", async () => {
    const engineer = actorOf(await createUser({ role: "support_engineer" }));
    const polish = await createUser({ locale: "pl" });
    const unset = await createUser();
    const polishTicket = await createTicketRow({ requesterId: polish.id });
    const unsetTicket = await createTicketRow({ requesterId: unset.id });
    expect((await getTicket(engineer, polishTicket.id)).requester.locale).toBe("pl");
    expect((await getTicket(engineer, unsetTicket.id)).requester.locale).toBeNull();
  });
});
