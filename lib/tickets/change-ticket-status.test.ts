import { eq } from "drizzle-orm";
import { afterEach, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { tickets } from "@/db/schema";
import { actorOf, createTicketRow, createUser } from "@/test/factories";
import { changeTicketStatus } from "./change-ticket-status";

// One status change held between reading the ticket and changing it, while two others run:
// the interleaving that real concurrency produces now and then, made to happen every time.
const gate = vi.hoisted(() => ({
  hold: undefined as Promise<void> | undefined,
  reached: () => {},
}));
vi.mock("./get-ticket", async (importOriginal) => {
  const real = await importOriginal<typeof import("./get-ticket")>();
  return {
    ...real,
    getVisibleTicket: async (...args: Parameters<typeof real.getVisibleTicket>) => {
      const ticket = await real.getVisibleTicket(...args);
      const hold = gate.hold;
      gate.hold = undefined;
      if (hold) {
        gate.reached();
        await hold;
      }
      return ticket;
    },
  };
});

const ctx = { ip: "192.0.2.31", userAgent: "vitest" };
/** Fakes `Date` only: the database driver's timers keep running. */
const setNow = (iso: string) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(iso));
};
afterEach(() => {
  vi.useRealTimers();
});

it("a status change that read the ticket before two others works out the SLA pause from the ticket as it is", async () => {
  const requester = await createUser();
  const engineer = actorOf(await createUser({ role: "support_engineer" }));
  // Tuesday, inside business hours all along (administrative ticket: 8x5 clock).
  setNow("2026-03-17T10:00:00+01:00");
  const ticket = await createTicketRow({
    requesterId: requester.id,
    status: "waiting_for_customer",
    slaPausedAt: new Date(),
  });

  let release = () => {};
  gate.hold = new Promise<void>((resolve) => (release = resolve));
  const reached = new Promise<void>((resolve) => (gate.reached = resolve));
  setNow("2026-03-17T10:30:00+01:00");
  const late = changeTicketStatus(engineer, ticket.id, "resolved", ctx);
  await reached; // it has read the ticket: waiting since 10:00

  setNow("2026-03-17T11:00:00+01:00"); // the customer's answer is in: 1 h paused
  await changeTicketStatus(engineer, ticket.id, "open", ctx);
  setNow("2026-03-17T12:00:00+01:00"); // waiting again from 12:00
  await changeTicketStatus(engineer, ticket.id, "waiting_for_customer", ctx);
  setNow("2026-03-17T13:00:00+01:00");
  release();
  await late;

  const [row] = await db.select().from(tickets).where(eq(tickets.id, ticket.id));
  // 10:00–11:00 and 12:00–13:00; the old code counted 10:00–13:00 from its stale copy.
  expect(row).toMatchObject({ status: "resolved", slaPausedAt: null, slaPausedSeconds: 2 * 3600 });
});
