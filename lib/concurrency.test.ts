import { readsInEnglish } from "@/lib/testing/message-text";
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db, getPool } from "@/db/client";
import { auditEvents, contractActivations, oneTimeSecrets, tickets, users } from "@/db/schema";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { verifySecret } from "@/lib/crypto/secrets";
import { registerContract } from "@/lib/contracts/register-contract";
import { addReply } from "@/lib/tickets/add-reply";
import { bulkUpdateTickets } from "@/lib/tickets/bulk-update";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { createTicket } from "@/lib/tickets/create-ticket";
import {
  actorOf,
  createActor,
  createContract,
  createTicketRow,
  createUser,
  latestEmailTo,
  linkIn,
} from "@/test/factories";
import { outcome } from "@/test/outcome";

// The races of issue #13 (5), run for real: many requests at once through the use cases the
// server actions call, on as many connections as a busy server process would hold.
process.env.DATABASE_POOL_SIZE = "20";

const ctx = { ip: "192.0.2.13", userAgent: "vitest" };

/** Runs the calls at once and checks they really overlapped on several connections. */
async function allAtOnce<T>(calls: Array<() => Promise<T>>): Promise<PromiseSettledResult<T>[]> {
  const pool = getPool();
  let busiest = 0;
  const watch = setInterval(() => {
    busiest = Math.max(busiest, pool.totalCount - pool.idleCount);
  }, 1);
  try {
    return await Promise.allSettled(calls.map((call) => call()));
  } finally {
    clearInterval(watch);
    expect(busiest, "connections in use at once").toBeGreaterThan(1);
  }
}

const fulfilled = <T>(results: PromiseSettledResult<T>[]) =>
  results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
const rejected = <T>(results: PromiseSettledResult<T>[]) =>
  results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));

describe("tickets created at once", () => {
  it(
    "1,000 tickets from 20 customers get 1,000 distinct numbers",
    { timeout: 180_000 },
    async () => {
      const customers = await Promise.all(Array.from({ length: 20 }, () => createActor()));
      const results = await allAtOnce(
        Array.from(
          { length: 1000 },
          (_, i) => () =>
            createTicket(
              customers[i % customers.length]!,
              {
                idempotencyKey: randomUUID(),
                subject: `Concurrent ticket ${i}`,
                description: "Created in a crowd.",
                priority: "normal",
                assetId: "",
                vendorFields: {},
              },
              ctx,
            ),
        ),
      );
      expect(rejected(results)).toEqual([]);
      const numbers = fulfilled(results).map((ticket) => ticket.number);
      expect(new Set(numbers).size).toBe(1000);
      const stored = await db
        .select({ number: tickets.number })
        .from(tickets)
        .where(
          inArray(
            tickets.requesterId,
            customers.map((customer) => customer.id),
          ),
        );
      expect(stored.map((row) => row.number).sort((a, b) => a - b)).toEqual(
        [...numbers].sort((a, b) => a - b),
      );
    },
  );

  it("the same form submitted 10 times at once makes one ticket", async () => {
    const customer = await createActor();
    const input = {
      idempotencyKey: randomUUID(),
      subject: "Double click",
      description: "Submitted many times.",
      priority: "normal" as const,
      assetId: "",
      vendorFields: {},
    };
    const results = await allAtOnce(
      Array.from({ length: 10 }, () => () => createTicket(customer, input, ctx)),
    );
    expect(rejected(results)).toEqual([]);
    expect(new Set(fulfilled(results).map((ticket) => ticket.id)).size).toBe(1);
    const rows = await db.select().from(tickets).where(eq(tickets.requesterId, customer.id));
    expect(rows).toHaveLength(1);
  });
});

describe("Register contract at once", () => {
  const activationsOf = (contractId: string) =>
    db.select().from(contractActivations).where(eq(contractActivations.contractId, contractId));
  const successEvents = (contractId: string) =>
    db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "contract.register"),
          eq(auditEvents.targetId, contractId),
          eq(auditEvents.outcome, "success"),
        ),
      );

  it("two colleagues registering one contract both get it (DESIGN: several colleagues may)", async () => {
    const contract = await createContract();
    const [first, second] = await Promise.all([createActor(), createActor()]);
    const input = { contractNumber: contract.number, contractKey: contract.key };
    const results = await allAtOnce(
      [first!, second!].map((actor) => () => registerContract(actor, input, ctx)),
    );
    expect(rejected(results)).toEqual([]);
    const activations = await activationsOf(contract.id);
    expect(activations.map((row) => row.userId).sort()).toEqual([first!.id, second!.id].sort());
    expect(await successEvents(contract.id)).toHaveLength(2);
  });

  it("one user registering it twice at once gets it once and one 'already active'", async () => {
    const contract = await createContract();
    const actor = await createActor();
    const input = { contractNumber: contract.number, contractKey: contract.key };
    const results = await Promise.all(
      Array.from({ length: 2 }, () => outcome(() => registerContract(actor, input, ctx))),
    );
    expect(results.sort()).toEqual(["allowed", "conflict"]);
    expect(await activationsOf(contract.id)).toHaveLength(1);
    expect(await successEvents(contract.id)).toHaveLength(1);
  });
});

describe("one reset link used at once", () => {
  it("sets the password exactly once", async () => {
    const user = await createUser();
    await requestPasswordReset(user.email, ctx);
    const token = linkIn((await latestEmailTo(user.email))!.text, "reset-password")
      .split("/")
      .pop()!;
    const passwords = Array.from({ length: 8 }, (_, i) => `Quiet-Copper-Meadow-${10 + i}`);
    const results = await allAtOnce(
      passwords.map((password) => () => resetPassword(token, password, ctx)),
    );
    expect(fulfilled(results)).toHaveLength(1);
    expect(rejected(results)).toEqual(Array(7).fill(expect.objectContaining({ reason: "used" })));

    const winner = passwords[results.findIndex((result) => result.status === "fulfilled")]!;
    const [stored] = await db.select().from(users).where(eq(users.id, user.id));
    expect(await verifySecret(stored!.passwordHash!, winner)).toBe(true);
    const changes = await db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "auth.password_changed"), eq(auditEvents.actorId, user.id)),
      );
    expect(changes).toHaveLength(1);
    const [secret] = await db
      .select()
      .from(oneTimeSecrets)
      .where(and(eq(oneTimeSecrets.userId, user.id), eq(oneTimeSecrets.purpose, "password_reset")));
    expect(secret!.consumedAt).not.toBeNull();
  });
});

/** The ticket's events, in the order its history shows them. */
const eventsOf = (ticketId: string) =>
  db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.targetType, "ticket"),
        eq(auditEvents.targetId, ticketId),
        eq(auditEvents.outcome, "success"),
      ),
    )
    .orderBy(asc(auditEvents.createdAt), asc(auditEvents.id));

type Change = { from: string | null; to: string | null };

/** What an event changed of the status (status changes and replies) or the assignee. */
function changeOf(
  field: "status" | "assignee",
  event: { action: string; details: unknown },
): Change | null {
  const details = (event.details ?? {}) as Record<string, string | null>;
  if (field === "assignee")
    return event.action === "ticket.assign" ? { from: details.from!, to: details.to! } : null;
  if (event.action === "ticket.status_change" || event.action === "ticket.auto_close")
    return { from: details.from!, to: details.to! };
  if (event.action === "ticket.close") return { from: details.statusFrom!, to: "closed" };
  if (event.action === "ticket.reopen") return { from: details.statusFrom!, to: "open" };
  if ("statusTo" in details) return { from: details.statusFrom!, to: details.statusTo! };
  return null;
}

/**
 * Checks that the field's history is a chain from `initial` to the ticket's value now: each
 * row starts where the one before ended and changes something. Returns how many rows.
 */
async function expectChainedHistory(
  ticket: { id: string; status: string; assigneeId: string | null },
  field: "status" | "assignee",
) {
  const changes = (await eventsOf(ticket.id))
    .map((event) => changeOf(field, event))
    .filter((change): change is Change => change !== null);
  let current: string | null = field === "status" ? "new" : null;
  for (const { from, to } of changes) {
    expect(from, `${field} of ${ticket.id} follows the row before`).toBe(current);
    expect(to, `${field} of ${ticket.id} changes something`).not.toBe(from);
    current = to;
  }
  const final = field === "status" ? ticket.status : ticket.assigneeId;
  expect(current, `${field} history of ${ticket.id} ends in its state`).toBe(final);
  return changes.length;
}

describe("bulk updates of the same tickets at once", () => {
  let engineers: Awaited<ReturnType<typeof createActor>>[];
  let ticketIds: string[];

  beforeAll(async () => {
    const requester = await createUser();
    engineers = await Promise.all(
      ["Ewa", "Jan", "Ola", "Piotr"].map((firstName) =>
        createUser({ role: "support_engineer", firstName }).then(actorOf),
      ),
    );
    ticketIds = [];
    for (let i = 0; i < 30; i++)
      ticketIds.push((await createTicketRow({ requesterId: requester.id })).id);
  });

  const shuffled = <T>(items: T[]) =>
    items
      .map((item) => ({ item, key: Math.random() }))
      .sort((a, b) => a.key - b.key)
      .map(({ item }) => item);

  it(
    "every history row is a real change, chained, and ends in the ticket's state",
    { timeout: 120_000 },
    async () => {
      const statuses = ["open", "waiting_for_customer", "resolved", "open", "closed"] as const;
      let applied = 0;
      for (const [round, status] of statuses.entries()) {
        // Four engineers at once, each over the tickets in their own order: one takes the
        // tickets and moves them to this round's status, the others move them to other ones.
        const asks = engineers.map((engineer, i) => ({
          engineer,
          assigneeId: engineers[(round + i) % engineers.length]!.id,
          status: i === 0 ? status : statuses[(round + i) % statuses.length]!,
        }));
        const results = await allAtOnce(
          asks.map(
            ({ engineer, assigneeId, status }) =>
              () =>
                bulkUpdateTickets(
                  engineer,
                  { ticketIds: shuffled(ticketIds), assigneeId, status },
                  ctx,
                ),
          ),
        );
        expect(rejected(results)).toEqual([]);
        for (const result of fulfilled(results)) {
          applied += result.updated;
          for (const failure of result.failed)
            expect(failure.message).toEqual(readsInEnglish(/Someone else|already/));
        }
      }
      expect(applied).toBeGreaterThan(0);

      const rows = await db.select().from(tickets).where(inArray(tickets.id, ticketIds));
      let statusEvents = 0;
      for (const ticket of rows) {
        statusEvents += await expectChainedHistory(ticket, "status");
        await expectChainedHistory(ticket, "assignee");
      }
      // A status change is tried only after its assignment worked, so `updated` counts them all.
      expect(statusEvents, "one history row per status change applied").toBe(applied);
    },
  );
});

describe("replies and status changes of the same tickets at once", () => {
  it(
    "keep one chained status history and a clock paused only while waiting",
    { timeout: 120_000 },
    async () => {
      const requester = await createUser();
      const customer = actorOf(requester);
      const [engineer, colleague] = await Promise.all(
        ["Ewa", "Jan"].map((firstName) =>
          createUser({ role: "support_engineer", firstName }).then(actorOf),
        ),
      );
      const created = await Promise.all(
        Array.from({ length: 20 }, () => createTicketRow({ requesterId: requester.id })),
      );
      // new → a reply opens it while a colleague asks the customer; then the customer answers
      // while the engineer resolves it.
      const rounds: Array<(ticketId: string) => Array<() => Promise<unknown>>> = [
        (ticketId) => [
          () => addReply(engineer!, ticketId, { body: "Looking into it.", internal: false }, ctx),
          () => changeTicketStatus(colleague!, ticketId, "waiting_for_customer", ctx),
        ],
        (ticketId) => [
          () => addReply(customer, ticketId, { body: "Here are the logs.", internal: false }, ctx),
          () => changeTicketStatus(engineer!, ticketId, "resolved", ctx),
        ],
      ];
      for (const round of rounds) {
        const results = await allAtOnce(created.flatMap((ticket) => round(ticket.id)));
        for (const reason of rejected(results))
          expect(reason).toMatchObject({ code: expect.stringMatching(/conflict|invalid/) });
      }
      const rows = await db
        .select()
        .from(tickets)
        .where(
          inArray(
            tickets.id,
            created.map((ticket) => ticket.id),
          ),
        );
      for (const ticket of rows) {
        await expectChainedHistory(ticket, "status");
        expect(ticket.slaPausedAt !== null, `${ticket.id} paused only while waiting`).toBe(
          ticket.status === "waiting_for_customer",
        );
      }
    },
  );
});
