import { and, eq, sql } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, emailOutbox, type EmailStatus } from "@/db/schema";
import { MAIL_QUEUE, stopBoss } from "@/lib/mail/queue";
import { createActor, uniqueSuffix } from "@/test/factories";
import { findOutboxRow } from "@/test/outbox";
import { listFailedEmails } from "./list-failed-emails";
import { retryEmail } from "./retry-email";

afterAll(async () => {
  await stopBoss();
});

async function outboxRow(status: EmailStatus) {
  const [row] = await db
    .insert(emailOutbox)
    .values({
      to: `r-${uniqueSuffix()}@example.com`,
      subject: `Status ${status}`,
      html: "<p>x</p>",
      text: "x",
      status,
      tries: status === "pending" ? 0 : 1,
      lastError: status === "failed" ? "Resend 422 validation_error: Invalid `to` field." : null,
    })
    .returning();
  return row!;
}

const jobsFor = async (outboxId: string) =>
  (
    await db.execute<{ state: string }>(
      sql`select state::text from pgboss.job where name = ${MAIL_QUEUE} and data->>'outboxId' = ${outboxId}`,
    )
  ).rows.map((row) => row.state);

it("lists failed emails only, and a retry queues the email again with an audit event", async () => {
  const admin = await createActor({ role: "admin" });
  const failed = await outboxRow("failed");
  const sent = await outboxRow("sent");
  const listed = (await listFailedEmails(admin)).emails.map((email) => email.id);
  expect(listed).toContain(failed.id);
  expect(listed).not.toContain(sent.id);

  await retryEmail(admin, failed.id, { ip: "192.0.2.7", userAgent: "vitest" });
  expect(await findOutboxRow(failed.id)).toMatchObject({ status: "pending", tries: 1 });
  expect(await jobsFor(failed.id)).toEqual(["created"]);
  expect((await listFailedEmails(admin)).emails.map((email) => email.id)).not.toContain(failed.id);
  const [event] = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "email.retry"), eq(auditEvents.targetId, failed.id)));
  expect(event).toMatchObject({ actorId: admin.id, targetType: "email", ip: "192.0.2.7" });
});

it("refuses to retry an email that is queued or sent, and queues nothing", async () => {
  const admin = await createActor({ role: "admin" });
  for (const status of ["pending", "sent"] as const) {
    const row = await outboxRow(status);
    await expect(retryEmail(admin, row.id)).rejects.toMatchObject({ code: "conflict" });
    expect((await findOutboxRow(row.id))?.status).toBe(status);
    expect(await jobsFor(row.id)).toEqual([]);
  }
});
