import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { db } from "@/db/client";
import { startFakeResend, type FakeResend } from "@/e2e/support/fake-resend";
import { waitForStatus } from "@/test/outbox";
import { enqueueEmail } from "./enqueue-email";
import { MAIL_QUEUE, stopBoss } from "./queue";
import { startMailWorker } from "./worker";

// What the provider does wrong, and what the outbox does about it: a passing trouble (rate
// limit, server error, an answer that never comes) is retried with growing waits until the email
// goes out once; a refusal that no retry can change marks the email failed at once; and a
// trouble that outlasts the retries marks it failed too, with nothing left queued.

let fake: FakeResend;
let worker: { stop(): Promise<void> } | undefined;

beforeAll(async () => {
  fake = await startFakeResend();
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.RESEND_BASE_URL = fake.url;
  process.env.MAIL_FROM = "CLICO Test <test@clico.pl>";
  process.env.MAIL_RETRY_DELAY_SECONDS = "1";
  process.env.MAIL_POLLING_INTERVAL_SECONDS = "0.5";
  process.env.MAIL_SEND_TIMEOUT_SECONDS = "1";
  worker = await startMailWorker({ workers: 1, batchSize: 1 });
});

beforeEach(() => {
  delete process.env.MAIL_RETRY_LIMIT;
});

afterAll(async () => {
  await worker?.stop();
  await stopBoss();
  await fake?.stop();
});

const enqueue = (to: string, subject: string) =>
  db.transaction((tx) =>
    enqueueEmail(tx, { to, subject, html: `<p>${subject}</p>`, text: subject }),
  );

const attemptsFor = (id: string) =>
  fake.attempts().filter((attempt) => attempt.idempotencyKey === `outbox/${id}`);

/** The states of the row's delivery jobs: "completed" once nothing is left to try. */
async function jobStates(outboxId: string) {
  const result = await db.execute<{ state: string }>(
    sql`select state::text from pgboss.job where name = ${MAIL_QUEUE} and data->>'outboxId' = ${outboxId}`,
  );
  return result.rows.map((row) => row.state);
}

it("retries through a 429, a 500 and a timeout with growing waits, then delivers exactly once", async () => {
  fake.failNext(1, 429);
  fake.failNext(1, 500);
  fake.failNext(1, "timeout");
  const { id } = await enqueue("patient@example.com", "Through the storm");

  const row = await waitForStatus(id, "sent", 45_000);
  expect(row.tries).toBe(4);
  const attempts = attemptsFor(id);
  expect(attempts.map((attempt) => attempt.answer)).toEqual([429, 500, "timeout", "replayed"]);
  // pg-boss's backoff: the nth retry waits at least retryDelay × 2^(n-1) (1 s, 2 s, 4 s here).
  const gaps = attempts.slice(1).map((attempt, i) => attempt.at - attempts[i]!.at);
  gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(1000 * 2 ** i));
  // The answer that never came was the provider accepting it: the retry got that email's id
  // back (same idempotency key), no second copy.
  const sent = fake.emails().filter((email) => email.subject === "Through the storm");
  expect(sent).toHaveLength(1);
  expect(row.providerId).toBe(sent[0]!.id);
  expect(await jobStates(id)).toEqual(["completed"]);
}, 60_000);

it("marks an email the provider refuses (422) failed after one try, and queues no retry", async () => {
  fake.reject("no-such-mailbox@example.com");
  const { id } = await enqueue("no-such-mailbox@example.com", "Refused");

  const row = await waitForStatus(id, "failed");
  expect(row.tries).toBe(1);
  expect(row.lastError).toMatch(/^Resend 422 validation_error: .*no-such-mailbox@example\.com/);
  expect(attemptsFor(id)).toHaveLength(1);
  expect(fake.emails().filter((email) => email.subject === "Refused")).toHaveLength(0);
  expect(await jobStates(id)).toEqual(["completed"]);
});

it("marks an email failed when the trouble outlasts its retries, and queues nothing more", async () => {
  process.env.MAIL_RETRY_LIMIT = "1";
  fake.failNext(2, 503);
  const { id } = await enqueue("unlucky@example.com", "Outlasted");

  const row = await waitForStatus(id, "failed", 20_000);
  expect(row.tries).toBe(2);
  expect(row.lastError).toContain("503");
  expect(attemptsFor(id).map((attempt) => attempt.answer)).toEqual([503, 503]);
  expect(await jobStates(id)).toEqual(["completed"]);
});
