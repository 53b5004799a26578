import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { assets, emailOutbox, ticketMessages, users, type UserRole } from "@/db/schema";
import { changeRole } from "@/lib/admin/change-role";
import { getUser } from "@/lib/admin/get-user";
import { inviteStaff } from "@/lib/admin/invite-staff";
import { listAuditEvents } from "@/lib/admin/list-audit-events";
import { listFailedEmails } from "@/lib/admin/list-failed-emails";
import { retryEmail } from "@/lib/admin/retry-email";
import { listUsers } from "@/lib/admin/list-users";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { createContract as createContractRecord } from "@/lib/contracts/create-contract";
import { getContract } from "@/lib/contracts/get-contract";
import { listContracts } from "@/lib/contracts/list-contracts";
import { updateContract } from "@/lib/contracts/update-contract";
import { addReply } from "@/lib/tickets/add-reply";
import { openAttachment, saveAttachment } from "@/lib/tickets/attachments";
import { bulkUpdateTickets } from "@/lib/tickets/bulk-update";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { setTicketClosed } from "@/lib/tickets/close-ticket";
import { createTicket } from "@/lib/tickets/create-ticket";
import { exportQueueCsv } from "@/lib/tickets/export-queue";
import { getTicket } from "@/lib/tickets/get-ticket";
import { listQueue } from "@/lib/tickets/list-queue";
import { listTickets } from "@/lib/tickets/list-tickets";
import { listSelectableAssets } from "@/lib/tickets/selectable-assets";
import { listTicketHistory } from "@/lib/tickets/ticket-history";
import { formatTicketNumber } from "@/lib/tickets/ticket-number";
import {
  createContract,
  createTicketRow,
  createUser,
  uniqueSuffix,
  actorOf as asActor,
  createSession,
  contractInput,
} from "@/test/factories";
import { outcome } from "@/test/outcome";

// The whole authorization story on real rows: every role × every kind of record × every action
// the product offers, each cell allowed, forbidden or not_found (a record the actor may not know
// exists). Anonymous and disabled users never get an actor, so no use case can even be called.

const ctx = { ip: "192.0.2.200", userAgent: "vitest" };
type Outcome = "allowed" | "forbidden" | "not_found";
const roles = ["requester", "colleague", "other", "engineer", "orders", "admin"] as const;
type Role = (typeof roles)[number];

const missing = () => Object.assign(new Error("not visible"), { code: "not_found" });
const fileStream = () => Readable.from([Buffer.from("diagnose output\n")]);

/** An email the provider refused, as the mail worker leaves it. */
async function failedEmail() {
  const [row] = await db
    .insert(emailOutbox)
    .values({
      to: `refused-${uniqueSuffix()}@example.com`,
      subject: "Refused",
      html: "<p>x</p>",
      text: "x",
      status: "failed",
      tries: 1,
      lastError: "Resend 422 validation_error: Invalid `to` field.",
    })
    .returning();
  return row!;
}

async function setup() {
  const people = {
    requester: await createUser(),
    colleague: await createUser(),
    other: await createUser(),
    engineer: await createUser({ role: "support_engineer" }),
    orders: await createUser({ role: "orders_team" }),
    admin: await createUser({ role: "admin" }),
  };
  const actors = Object.fromEntries(
    Object.entries(people).map(([key, user]) => [key, asActor(user)]),
  ) as Record<Role, Actor>;
  const contract = await createContract({
    activatedFor: [people.requester.id, people.colleague.id],
  });
  const [asset] = await db.select().from(assets).where(eq(assets.contractId, contract.id)).limit(1);
  const supportTicket = (requesterId = people.requester.id) =>
    createTicketRow({
      requesterId,
      type: "support",
      assetId: asset!.id,
      contractId: contract.id,
      vendor: asset!.vendor,
    });
  const ticket = await supportTicket();
  const [message, note] = await db
    .insert(ticketMessages)
    .values([
      { ticketId: ticket.id, authorId: people.engineer.id, body: "public reply", internal: false },
      { ticketId: ticket.id, authorId: people.engineer.id, body: "internal note", internal: true },
    ])
    .returning();
  const file = await saveAttachment(
    actors.requester,
    {
      ticketId: ticket.id,
      fileName: "tac-report.txt",
      contentType: "text/plain",
      stream: fileStream(),
    },
    ctx,
  );
  const noteFile = await saveAttachment(
    actors.engineer,
    {
      ticketId: ticket.id,
      messageId: note!.id,
      fileName: "notes.txt",
      contentType: "text/plain",
      stream: fileStream(),
    },
    ctx,
  );
  return {
    failedEmail: await failedEmail(),
    people,
    actors,
    contract,
    asset: asset!,
    ticket,
    message: message!,
    note: note!,
    file,
    noteFile,
    supportTicket,
  };
}

let f: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  f = await setup();
}, 60_000);

const includes = <T extends { id: string }>(rows: T[], id: string) => {
  if (!rows.some((row) => row.id === id)) throw missing();
};

const operations: Record<string, (actor: Actor) => Promise<unknown>> = {
  "user.list": (actor) => listUsers(actor),
  "user.read": (actor) => getUser(actor, f.people.requester.id),
  "user.create": (actor) => {
    const s = uniqueSuffix();
    return inviteStaff(
      actor,
      {
        email: `invite-${s}@example.com`,
        login: `invite-${s}`,
        firstName: "In",
        lastName: "Vited",
        role: "support_engineer",
      },
      ctx,
    );
  },
  "user.update": async (actor) =>
    changeRole(
      actor,
      { userId: (await createUser({ role: "support_engineer" })).id, role: "orders_team" },
      ctx,
    ),
  "user.disable": async (actor) =>
    setUserDisabled(actor, { userId: (await createUser()).id, disabled: true }, ctx),
  "contract.list": async (actor) => includes(await listContracts(actor), f.contract.id),
  "contract.read": (actor) => getContract(actor, f.contract.id),
  "contract.create": (actor) => createContractRecord(actor, contractInput(), ctx),
  "contract.update": async (actor) => {
    const staff = { id: f.people.admin.id, role: "admin" as UserRole };
    const { id } = await createContractRecord(staff, contractInput(), ctx);
    return updateContract(actor, { id, contract: contractInput() }, ctx);
  },
  "asset.read": async (actor) => {
    const detail = await getContract(actor, f.contract.id);
    includes(detail.assets, f.asset.id);
  },
  "asset.list": async (actor) => includes(await listSelectableAssets(actor), f.asset.id),
  "ticket.list": async (actor) =>
    includes((await listTickets(actor, { limit: 100 })).tickets, f.ticket.id),
  "ticket.queue": async (actor) => {
    const fresh = await f.supportTicket();
    includes((await listQueue(actor, { contractId: f.contract.id, limit: 100 })).tickets, fresh.id);
  },
  "ticket.read": (actor) => getTicket(actor, f.ticket.id),
  "ticket.history": (actor) => listTicketHistory(actor, f.ticket.id),
  "ticket.create": (actor) =>
    createTicket(
      actor,
      {
        idempotencyKey: randomUUID(),
        subject: "Portal question",
        description: "How do I…?",
        priority: "low",
        assetId: "",
        vendorFields: {},
      },
      ctx,
    ),
  "ticket.update": async (actor) =>
    changeTicketStatus(actor, (await f.supportTicket()).id, "open", ctx),
  "ticket.bulk_update": async (actor) => {
    const ticketIds = [(await f.supportTicket()).id];
    const { failed } = await bulkUpdateTickets(actor, { ticketIds, status: "open" }, ctx);
    if (failed.length) throw new Error(failed[0]!.message);
  },
  "ticket.close": async (actor) => setTicketClosed(actor, (await f.supportTicket()).id, true, ctx),
  "ticket.export": async (actor) => {
    let csv = "";
    for await (const chunk of exportQueueCsv(actor, { contractId: f.contract.id })) csv += chunk;
    if (!csv.includes(formatTicketNumber(f.ticket.number))) throw missing();
  },
  "message.create": (actor) =>
    addReply(actor, f.ticket.id, { body: "hello", internal: false }, ctx),
  "message.read": async (actor) =>
    includes((await getTicket(actor, f.ticket.id)).messages, f.message.id),
  "internal_note.create": (actor) =>
    addReply(actor, f.ticket.id, { body: "between us", internal: true }, ctx),
  "internal_note.read": async (actor) =>
    includes((await getTicket(actor, f.ticket.id)).messages, f.note.id),
  "attachment.create": (actor) =>
    saveAttachment(
      actor,
      {
        ticketId: f.ticket.id,
        fileName: "more.txt",
        contentType: "text/plain",
        stream: fileStream(),
      },
      ctx,
    ),
  "attachment.read": async (actor) =>
    (await (await openAttachment(actor, f.file.id)).read()).destroy(),
  "internal_note_attachment.read": async (actor) =>
    (await (await openAttachment(actor, f.noteFile.id)).read()).destroy(),
  "audit_event.list": (actor) => listAuditEvents(actor),
  "email.list": async (actor) => includes((await listFailedEmails(actor)).emails, f.failedEmail.id),
  "email.retry": async (actor) => retryEmail(actor, (await failedEmail()).id, ctx),
};

const A = "allowed",
  F = "forbidden",
  N = "not_found";
// columns: requester, colleague, other customer, support engineer, orders team, admin
const expected: Record<
  keyof typeof operations,
  [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome]
> = {
  "user.list": [F, F, F, F, F, A],
  "user.read": [F, F, F, F, F, A],
  "user.create": [F, F, F, F, F, A],
  "user.update": [F, F, F, F, F, A],
  "user.disable": [F, F, F, F, F, A],
  "contract.list": [A, A, N, A, A, A],
  "contract.read": [A, A, N, A, A, A],
  "contract.create": [F, F, F, F, A, A],
  "contract.update": [F, F, F, F, A, A],
  "asset.read": [A, A, N, A, A, A],
  "asset.list": [A, A, N, F, F, F],
  "ticket.list": [A, A, N, A, F, A],
  "ticket.queue": [F, F, F, A, F, A],
  "ticket.read": [A, A, N, A, F, A],
  "ticket.history": [F, F, F, A, F, A],
  "ticket.create": [A, A, A, F, F, F],
  "ticket.update": [F, F, F, A, F, A],
  "ticket.bulk_update": [F, F, F, A, F, A],
  "ticket.close": [A, A, N, A, F, A],
  "ticket.export": [F, F, F, A, F, A],
  "message.create": [A, A, N, A, F, A],
  "message.read": [A, A, N, A, F, A],
  "internal_note.create": [F, F, F, A, F, A],
  "internal_note.read": [N, N, N, A, F, A],
  "attachment.create": [A, A, N, A, F, A],
  "attachment.read": [A, A, N, A, F, A],
  "internal_note_attachment.read": [N, N, N, A, F, A],
  "audit_event.list": [F, F, F, F, F, A],
  "email.list": [F, F, F, F, F, A],
  "email.retry": [F, F, F, F, F, A],
};

const cells = Object.entries(expected).flatMap(([operation, outcomes]) =>
  roles.map((role, index) => [operation, role, outcomes[index]!] as const),
);

describe("authorization matrix", () => {
  it.each(cells)("%s as %s: %s", async (operation, role, want) => {
    expect(await outcome(() => operations[operation]!(f.actors[role]))).toBe(want);
  });

  it("gives anonymous and disabled users no actor, so no use case can run for them", async () => {
    expect(await loadActor(null)).toBeNull();
    const disabled = await createUser({ role: "admin" });
    const session = await createSession(disabled);
    await db.update(users).set({ status: "disabled" }).where(eq(users.id, disabled.id));
    expect(await loadActor(session)).toBeNull();
  });
});
