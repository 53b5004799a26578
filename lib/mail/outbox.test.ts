import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { sql } from "drizzle-orm";
import { Resend } from "resend";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { startFakeResend, type FakeResend } from "@/e2e/support/fake-resend";
import { deliverEmail } from "./deliver-email";
import { enqueueEmail } from "./enqueue-email";
import { MAIL_QUEUE, stopBoss } from "./queue";
import { findOutboxRow, waitFor, waitForStatus } from "@/test/outbox";
import { createTransport } from "./transport";
import { startMailWorker } from "./worker";

let fake: FakeResend;
let worker: { stop(): Promise<void> } | undefined;
const children: ChildProcess[] = [];

beforeAll(async () => {
  // Each send takes 50 ms, as a real API's round trip does: the two processes' deliveries overlap.
  fake = await startFakeResend({ latencyMs: 50 });
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.RESEND_BASE_URL = fake.url;
  process.env.MAIL_FROM = "CLICO Test <test@clico.pl>";
  process.env.MAIL_RETRY_DELAY_SECONDS = "1";
  process.env.MAIL_POLLING_INTERVAL_SECONDS = "0.5";
  // One job per fetch in both processes, so the two-process test sees them share the work.
  worker = await startMailWorker({ workers: 2, batchSize: 1 });
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await worker?.stop();
  await stopBoss();
  await fake?.stop();
});

const message = (subject: string, to = "customer@example.com") => ({
  to,
  subject,
  html: `<p>${subject} <a href="https://support.clico.pl/x">link</a></p>`,
  text: `${subject} https://support.clico.pl/x`,
});

async function enqueueCommitted(subject: string, to?: string) {
  return db.transaction((tx) => enqueueEmail(tx, message(subject, to)));
}

const sentTo = (subject: string) => fake.emails().filter((email) => email.subject === subject);

async function jobCount(outboxId: string) {
  const result = await db.execute<{ count: number }>(
    sql`select count(*)::int as count from pgboss.job where name = ${MAIL_QUEUE} and data->>'outboxId' = ${outboxId}`,
  );
  return result.rows[0]?.count ?? 0;
}

describe("email outbox", () => {
  it("writes nothing and sends nothing when the transaction rolls back", async () => {
    let rolledBackId: string | undefined;
    await expect(
      db.transaction(async (tx) => {
        rolledBackId = (await enqueueEmail(tx, message("Rolled back"))).id;
        expect(await tx.$count(emailOutbox)).toBeGreaterThan(0);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");

    expect(rolledBackId).toBeDefined();
    expect(await findOutboxRow(rolledBackId!)).toBeUndefined();
    expect(await jobCount(rolledBackId!)).toBe(0);

    // A later committed email proves the worker has been polling meanwhile.
    const { id } = await enqueueCommitted("After the rollback");
    await waitForStatus(id, "sent");
    expect(sentTo("After the rollback")).toHaveLength(1);
    expect(sentTo("Rolled back")).toHaveLength(0);
  });

  it("delivers a committed email exactly once, with its from, to, subject, html and text", async () => {
    const { id } = await enqueueCommitted("Committed", "anna@example.com");
    expect(await jobCount(id)).toBe(1);

    const row = await waitForStatus(id, "sent");
    const emails = sentTo("Committed");
    expect(emails).toHaveLength(1);
    const [email] = emails;
    expect(email).toMatchObject({
      from: "CLICO Test <test@clico.pl>",
      to: ["anna@example.com"],
      subject: "Committed",
      html: message("Committed").html,
      text: message("Committed").text,
    });
    expect(row).toMatchObject({ transport: "resend", providerId: email!.id, tries: 1 });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it("sends the idempotency key outbox/<id>, and a repeated key is not delivered twice", async () => {
    const { id } = await enqueueCommitted("Idempotent");
    const row = await waitForStatus(id, "sent");
    const [email] = sentTo("Idempotent");
    expect(email?.idempotencyKey).toBe(`outbox/${id}`);

    // What a retry after a lost answer does: same key, same payload, same answer, no second email.
    const resend = new Resend("re_test_key");
    const payload = {
      from: "CLICO Test <test@clico.pl>",
      to: "customer@example.com",
      subject: "Idempotent",
      html: message("Idempotent").html,
      text: message("Idempotent").text,
    };
    const again = await resend.emails.send(payload, { idempotencyKey: `outbox/${id}` });
    expect(again.data?.id).toBe(row.providerId);
    expect(sentTo("Idempotent")).toHaveLength(1);
    // The key with another payload is refused, as Resend refuses it.
    const other = await resend.emails.send(
      { ...payload, text: "something else" },
      { idempotencyKey: `outbox/${id}` },
    );
    expect(other.error).toMatchObject({ statusCode: 409, name: "invalid_idempotent_request" });
    expect(sentTo("Idempotent")).toHaveLength(1);

    // Delivering the row again (a duplicate job) is a no-op.
    expect(await deliverEmail(id, { transport: createTransport(), isFinalAttempt: false })).toBe(
      "already_done",
    );
    expect(sentTo("Idempotent")).toHaveLength(1);
  });

  it("retries after the transport answers 500 and then delivers exactly once, recording the tries", async () => {
    fake.failNext(2, 500);
    const { id } = await enqueueCommitted("Retried");

    const failedOnce = await waitFor(async () => {
      const row = await findOutboxRow(id);
      return row && row.tries >= 1 && row.lastError ? row : undefined;
    });
    expect(failedOnce.status).toBe("pending");
    expect(failedOnce.lastError).toContain("500");

    const row = await waitForStatus(id, "sent", 20_000);
    expect(row.tries).toBe(3);
    expect(sentTo("Retried")).toHaveLength(1);
  });

  it("delivers every email exactly once with two worker processes running at once", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/mail-worker.ts"], {
      env: {
        ...process.env,
        LOG_LEVEL: "info",
        MAIL_WORKER_CONCURRENCY: "3",
        MAIL_BATCH_SIZE: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(
      async () => output.includes("mail worker started"),
      20_000,
      "the worker process to start",
    );

    const count = 30;
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push((await enqueueCommitted(`Parallel ${i}`)).id);
    for (const id of ids) await waitForStatus(id, "sent", 30_000);

    for (let i = 0; i < count; i++) expect(sentTo(`Parallel ${i}`)).toHaveLength(1);
    const parallelSends = fake.emails().filter((email) => email.subject.startsWith("Parallel "));
    expect(parallelSends).toHaveLength(count);
    expect(new Set(parallelSends.map((email) => email.idempotencyKey)).size).toBe(count);
    // Both processes took part: the other one logged some of the deliveries.
    expect(output.match(/"outcome":"sent"/g)?.length ?? 0).toBeGreaterThan(0);
    expect(output.match(/"outcome":"sent"/g)?.length ?? 0).toBeLessThan(count);

    child.kill("SIGTERM");
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(0);
  });
});
