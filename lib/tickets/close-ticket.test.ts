import { eq } from "drizzle-orm";
import { afterEach, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { tickets } from "@/db/schema";
import { actorOf, createTicketRow, createUser } from "@/test/factories";
import { setTicketClosed } from "./close-ticket";

const ctx = { ip: "192.0.2.32", userAgent: "vitest" };
/** Fakes `Date` only: the database driver's timers keep running. */
const setNow = (iso: string) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(iso));
};
afterEach(() => {
  vi.useRealTimers();
});

const read = async (id: string) => (await db.select().from(tickets).where(eq(tickets.id, id)))[0]!;

it("closing a ticket that waits for the customer ends the pause, so a reopened ticket's SLA clock runs", async () => {
  const requester = await createUser();
  // Tuesday, inside business hours all along (administrative ticket: 8x5 clock).
  setNow("2026-03-17T10:00:00+01:00");
  const ticket = await createTicketRow({
    requesterId: requester.id,
    status: "waiting_for_customer",
    slaPausedAt: new Date(),
  });

  setNow("2026-03-17T11:00:00+01:00");
  await setTicketClosed(actorOf(requester), ticket.id, true, ctx);
  expect(await read(ticket.id)).toMatchObject({
    status: "closed",
    slaPausedAt: null,
    slaPausedSeconds: 3600,
  });

  setNow("2026-03-17T12:00:00+01:00");
  await setTicketClosed(actorOf(requester), ticket.id, false, ctx);
  expect(await read(ticket.id)).toMatchObject({
    status: "open",
    slaPausedAt: null,
    slaPausedSeconds: 3600,
  });
});
