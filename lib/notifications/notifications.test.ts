import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { msg } from "@/lib/i18n/message";
import { assets, emailOutbox, notifications, tickets } from "@/db/schema";
import { addReply } from "@/lib/tickets/add-reply";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { createTicket } from "@/lib/tickets/create-ticket";
import { actorOf, createContract, createTicketRow, createUser } from "@/test/factories";
import { outcome } from "@/test/outcome";
import { DIGEST_QUEUE } from "./digest-queue";
import { notifyStaff } from "./notify-staff";
import { notificationSettingsSchema } from "./schemas";
import {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  openNotification,
} from "./read-notifications";
import {
  getNotificationSettings,
  NOTIFICATION_DEFAULTS,
  saveNotificationSettings,
} from "./settings";
import { sendNotificationDigest } from "./send-digest";
import { notifySlaRisks } from "./sla-risk";

const ctx = { ip: "192.0.2.40", userAgent: "vitest" };

const kindsOf = async (userId: string) =>
  (
    await db
      .select({ kind: notifications.kind, ticketId: notifications.ticketId })
      .from(notifications)
      .where(eq(notifications.userId, userId))
  ).map((row) => `${row.kind}:${row.ticketId}`);

const engineer = async () => actorOf(await createUser({ role: "support_engineer" }));

async function supportTicketFor(customerId: string) {
  const contract = await createContract({ activatedFor: [customerId] });
  const [asset] = await db
    .select()
    .from(assets)
    .where(and(eq(assets.contractId, contract.id), eq(assets.vendor, "fortinet")));
  return asset!;
}

describe("who is notified", () => {
  it("a new ticket: engineers and admins watching the unassigned queue, by manufacturer if they chose", async () => {
    const customer = actorOf(await createUser());
    const everyVendor = await engineer();
    const admin = actorOf(await createUser({ role: "admin" }));
    const f5Only = await engineer();
    const fortinetOnly = await engineer();
    const notInterested = await engineer();
    const disabled = await createUser({ role: "support_engineer", status: "disabled" });
    const orders = await createUser({ role: "orders_team" });
    await saveNotificationSettings(
      f5Only,
      { ...NOTIFICATION_DEFAULTS, newTicketVendors: ["f5"] },
      ctx,
    );
    await saveNotificationSettings(
      fortinetOnly,
      { ...NOTIFICATION_DEFAULTS, newTicketVendors: ["fortinet", "checkpoint"] },
      ctx,
    );
    await saveNotificationSettings(
      notInterested,
      { ...NOTIFICATION_DEFAULTS, newTicket: false },
      ctx,
    );

    const asset = await supportTicketFor(customer.id);
    const { id } = await createTicket(
      customer,
      {
        idempotencyKey: randomUUID(),
        subject: "Tunnel drops",
        description: "Every hour.",
        priority: "high",
        assetId: asset.id,
        vendorFields: {
          productFamily: "FortiGate",
          firmwareVersion: "7.4.3",
          haMode: "standalone",
          problemArea: "VPN IPsec",
        },
      },
      ctx,
    );
    const administrative = await createTicket(
      customer,
      {
        idempotencyKey: randomUUID(),
        subject: "Invoice",
        description: "Please resend it.",
        priority: "low",
        assetId: "",
        vendorFields: {},
      },
      ctx,
    );

    expect(await kindsOf(everyVendor.id)).toEqual([
      `new_ticket:${id}`,
      `new_ticket:${administrative.id}`,
    ]);
    expect(await kindsOf(admin.id)).toHaveLength(2);
    expect(await kindsOf(fortinetOnly.id)).toEqual([`new_ticket:${id}`]);
    for (const user of [f5Only, notInterested, disabled, orders, customer])
      expect(await kindsOf(user.id)).toEqual([]);
  });

  it("a customer's reply: the assignee and staff following the ticket; an engineer's reply: nobody", async () => {
    const customer = actorOf(await createUser());
    const assignee = await engineer();
    const follower = await engineer();
    const bystander = await engineer();
    const ticket = await createTicketRow({ requesterId: customer.id, assigneeId: assignee.id });
    await db.execute(
      sql`insert into ticket_followers (ticket_id, user_id) values (${ticket.id}, ${follower.id})`,
    );

    await addReply(customer, ticket.id, { body: "Still broken.", internal: false }, ctx);
    await addReply(assignee, ticket.id, { body: "Looking.", internal: false }, ctx);

    expect(await kindsOf(assignee.id)).toEqual([`customer_reply:${ticket.id}`]);
    expect(await kindsOf(follower.id)).toEqual([`customer_reply:${ticket.id}`]);
    expect(await kindsOf(bystander.id)).toEqual([]);
  });

  it("an assignment: the new assignee, unless they took it themselves or turned it off", async () => {
    const customer = actorOf(await createUser());
    const lead = await engineer();
    const colleague = await engineer();
    const quiet = await engineer();
    await saveNotificationSettings(quiet, { ...NOTIFICATION_DEFAULTS, assigned: false }, ctx);
    const first = await createTicketRow({ requesterId: customer.id });
    const second = await createTicketRow({ requesterId: customer.id });
    const third = await createTicketRow({ requesterId: customer.id });

    await assignTicket(lead, first.id, colleague.id, ctx);
    await assignTicket(lead, second.id, lead.id, ctx);
    await assignTicket(lead, third.id, quiet.id, ctx);

    expect(await kindsOf(colleague.id)).toEqual([`assigned:${first.id}`]);
    expect(await kindsOf(lead.id)).toEqual([]);
    expect(await kindsOf(quiet.id)).toEqual([]);
  });

  it("an SLA about to breach: the assignee once per due time; nothing far off, paused or answered", async () => {
    const customer = actorOf(await createUser());
    const assignee = await engineer();
    const soon = new Date(Date.now() + 10 * 60_000);
    const later = new Date(Date.now() + 3 * 3_600_000);
    const farOff = new Date(Date.now() + 30 * 3_600_000);
    const base = { requesterId: customer.id, assigneeId: assignee.id, status: "open" } as const;
    const atRisk = await createTicketRow({
      ...base,
      firstResponseDueAt: soon,
      resolutionDueAt: later,
    });
    await createTicketRow({ ...base, firstResponseDueAt: farOff, resolutionDueAt: farOff });
    await createTicketRow({ ...base, firstResponseDueAt: soon, slaPausedAt: new Date() });
    await createTicketRow({
      ...base,
      firstResponseDueAt: soon,
      firstRespondedAt: new Date(),
      resolutionDueAt: farOff,
    });

    await notifySlaRisks();
    await notifySlaRisks();
    expect(await kindsOf(assignee.id)).toEqual([`sla_risk:${atRisk.id}`]);

    // answered: the resolution clock's own breach is announced when it comes near
    await db.update(tickets).set({ firstRespondedAt: new Date() }).where(eq(tickets.id, atRisk.id));
    await notifySlaRisks(new Date(later.getTime() - 5 * 60_000));
    expect(await kindsOf(assignee.id)).toHaveLength(2);
  });
});

describe("the digest email", () => {
  it("gathers what waits for one user into one email, leaves out what was read, and sends it once", async () => {
    const customer = actorOf(await createUser());
    const user = await createUser({ role: "support_engineer" });
    const first = await createTicketRow({ requesterId: customer.id, subject: "VPN tunnel flaps" });
    const second = await createTicketRow({ requesterId: customer.id, subject: "HA failover" });
    const third = await createTicketRow({ requesterId: customer.id, subject: "Licence" });
    for (const ticket of [first, second, third])
      await db.transaction((tx) =>
        notifyStaff(tx, "assigned", { ...ticket, assigneeId: user.id }, null),
      );
    const [read] = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.userId, user.id), eq(notifications.ticketId, third.id)));
    await openNotification(actorOf(user), read!.id);

    expect(await sendNotificationDigest(user.id)).toBe(2);
    expect(await sendNotificationDigest(user.id)).toBe(0);
    const emails = await db.select().from(emailOutbox).where(eq(emailOutbox.to, user.email));
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe("2 ticket updates for you in CLICO Support");
    expect(emails[0]!.text).toContain("“VPN tunnel flaps”: Assigned to you.");
    expect(emails[0]!.text).toContain("“HA failover”: Assigned to you.");
    expect(emails[0]!.text).not.toContain("Licence");
    expect(emails[0]!.text).toContain("/staff/notifications");
  });

  it("is written in the engineer's language: notifications are stored as kinds, worded when sent", async () => {
    const customer = actorOf(await createUser());
    const user = await createUser({ role: "support_engineer", locale: "pl" });
    const one = await createTicketRow({ requesterId: customer.id, subject: "Awaria VPN" });
    await db.transaction((tx) =>
      notifyStaff(tx, "assigned", { ...one, assigneeId: user.id }, null),
    );
    expect(await sendNotificationDigest(user.id)).toBe(1);
    const [single] = await db.select().from(emailOutbox).where(eq(emailOutbox.to, user.email));
    expect(single!.locale).toBe("pl");
    expect(single!.subject).toMatch(/^\[CS-\d+\] Przypisane do Ciebie: Awaria VPN$/);
    expect(single!.text).toContain("„Awaria VPN”: Przypisane do Ciebie.");
    expect(single!.text).toContain("Otwórz zgłoszenie");

    for (const subject of ["Klaster HA", "Licencja"]) {
      const ticket = await createTicketRow({ requesterId: customer.id, subject });
      await db.transaction((tx) =>
        notifyStaff(tx, "new_ticket", { ...ticket, assigneeId: null }, null),
      );
    }
    expect(await sendNotificationDigest(user.id)).toBeGreaterThanOrEqual(2);
    const emails = await db.select().from(emailOutbox).where(eq(emailOutbox.to, user.email));
    const many = emails.find((email) => email.id !== single!.id)!;
    expect(many.subject).toMatch(/^\d+ zmian[y]? w zgłoszeniach dla Ciebie w CLICO Support$/);
    expect(many.text).toContain("„Klaster HA”: Nowe zgłoszenie w kolejce nieprzypisanych.");
  });

  it("keeps one waiting digest job per user however many notifications come (batching)", async () => {
    const customer = actorOf(await createUser());
    const user = await createUser({ role: "support_engineer" });
    const ticket = await createTicketRow({ requesterId: customer.id, assigneeId: user.id });
    for (let i = 0; i < 10; i++)
      await db.transaction((tx) =>
        notifyStaff(tx, "customer_reply", { ...ticket, assigneeId: user.id }, customer.id),
      );
    const { rows } = await db.execute(
      sql`select count(*)::int as jobs from pgboss.job where name = ${DIGEST_QUEUE} and singleton_key = ${user.id}`,
    );
    expect(rows[0]).toEqual({ jobs: 1 });
    expect(await sendNotificationDigest(user.id)).toBe(10);
    const emails = await db.select().from(emailOutbox).where(eq(emailOutbox.to, user.email));
    expect(emails.map((email) => email.subject)).toEqual([
      "10 ticket updates for you in CLICO Support",
    ]);
  });

  it("is not sent to those who want notifications in the portal only", async () => {
    const customer = actorOf(await createUser());
    const user = actorOf(await createUser({ role: "support_engineer" }));
    await saveNotificationSettings(user, { ...NOTIFICATION_DEFAULTS, email: false }, ctx);
    const ticket = await createTicketRow({ requesterId: customer.id });
    await assignTicket(actorOf(await createUser({ role: "admin" })), ticket.id, user.id, ctx);
    expect(await countUnreadNotifications(user)).toBe(1);
    expect(await sendNotificationDigest(user.id)).toBe(0);
  });
});

describe("the bell's list", () => {
  it("lists the user's own notifications newest first, opens and marks them read", async () => {
    const customer = actorOf(await createUser());
    const user = actorOf(await createUser({ role: "support_engineer" }));
    const other = actorOf(await createUser({ role: "support_engineer" }));
    const first = await createTicketRow({ requesterId: customer.id, subject: "First" });
    const second = await createTicketRow({ requesterId: customer.id, subject: "Second" });
    for (const ticket of [first, second])
      await db.transaction((tx) =>
        notifyStaff(tx, "assigned", { ...ticket, assigneeId: user.id }, null),
      );

    const list = await listNotifications(user);
    expect(list.map((item) => item.ticket.subject)).toEqual(["Second", "First"]);
    expect(await countUnreadNotifications(user)).toBe(2);
    expect(await outcome(() => openNotification(other, list[0]!.id))).toBe("not_found");
    expect(await openNotification(user, list[0]!.id)).toBe(second.id);
    expect(await countUnreadNotifications(user)).toBe(1);
    expect(await markAllNotificationsRead(user)).toBe(1);
    expect(await countUnreadNotifications(user)).toBe(0);
  });

  it("settings: the defaults until saved, then what was saved", async () => {
    const user = await engineer();
    expect(await getNotificationSettings(user)).toEqual(NOTIFICATION_DEFAULTS);
    const chosen = { ...NOTIFICATION_DEFAULTS, customerReply: false, newTicketVendors: ["f5"] };
    await saveNotificationSettings(user, chosen, ctx);
    expect(await getNotificationSettings(user)).toEqual(chosen);
    await expect(
      saveNotificationSettings(user, { ...chosen, newTicketVendors: ["nope"] }, ctx),
    ).rejects.toThrow(msg("desk.errors.chooseManufacturers"));
  });
});

describe("who may use notifications (every role)", () => {
  it.each([
    ["customer", false],
    ["orders_team", false],
    ["support_engineer", true],
    ["admin", true],
  ] as const)("%s: %s", async (role, allowed) => {
    const actor = actorOf(await createUser({ role }));
    const expected = allowed ? "allowed" : "forbidden";
    expect(await outcome(() => listNotifications(actor))).toBe(expected);
    expect(await outcome(() => getNotificationSettings(actor))).toBe(expected);
    expect(await outcome(() => saveNotificationSettings(actor, NOTIFICATION_DEFAULTS, ctx))).toBe(
      expected,
    );
    expect(await outcome(() => markAllNotificationsRead(actor))).toBe(expected);
    expect(await countUnreadNotifications(actor)).toBe(0);
  });
});

describe("the settings form's input", () => {
  it("takes one ticked manufacturer (a text) or several (a list)", () => {
    const one = notificationSettingsSchema.parse({ newTicketVendors: "checkpoint" });
    expect(one.newTicketVendors).toEqual(["checkpoint"]);
    const two = notificationSettingsSchema.parse({ newTicketVendors: ["f5", "fortinet"] });
    expect(two.newTicketVendors).toEqual(["f5", "fortinet"]);
    expect(notificationSettingsSchema.parse({}).newTicketVendors).toEqual([]);
  });
});
