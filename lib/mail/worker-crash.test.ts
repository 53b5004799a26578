import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { startFakeResend, type FakeResend } from "@/e2e/support/fake-resend";
import { waitFor } from "@/test/outbox";
import { enqueueEmail } from "./enqueue-email";
import { stopBoss } from "./queue";

// The worker runs in a process of its own, as `npm run mail:worker` does, so the test can kill
// it outright: no shutdown handler runs, its transactions die with its connections, and the
// jobs it held stay active until they expire.

const COUNT = 1000;
let fake: FakeResend;
const children: ChildProcess[] = [];

beforeAll(async () => {
  // Each send takes 20 ms, so a dozen are on their way at any moment.
  fake = await startFakeResend({ latencyMs: 20 });
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.RESEND_BASE_URL = fake.url;
  process.env.MAIL_FROM = "CLICO Test <test@clico.pl>";
  // Per job, set when enqueued: a job held by the killed worker is handed out again quickly.
  process.env.MAIL_JOB_EXPIRE_SECONDS = "3";
  process.env.MAIL_RETRY_DELAY_SECONDS = "1";
  process.env.MAIL_MAINTENANCE_INTERVAL_SECONDS = "1";
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await stopBoss();
  await fake?.stop();
});

function startWorker() {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/mail-worker.ts"], {
    env: {
      ...process.env,
      LOG_LEVEL: "info",
      MAIL_WORKER_CONCURRENCY: "8",
      MAIL_BATCH_SIZE: "10",
      MAIL_POLLING_INTERVAL_SECONDS: "0.5",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return {
    child,
    started: () =>
      waitFor(async () => output.includes("mail worker started"), 30_000, "the worker").catch(
        (error: Error) => {
          throw new Error(`${error.message} It wrote: ${output.slice(-3000)}`);
        },
      ),
  };
}

const sentCount = async () => db.$count(emailOutbox, eq(emailOutbox.status, "sent"));

it("delivers 1,000 emails exactly once although the worker is killed (SIGKILL) mid-delivery", async () => {
  // Ten transactions of 100 at once: enqueueing is not what is tested, waiting for it is slow.
  await Promise.all(
    Array.from({ length: 10 }, (_, batch) =>
      db.transaction(async (tx) => {
        for (let i = batch * (COUNT / 10); i < (batch + 1) * (COUNT / 10); i++)
          await enqueueEmail(tx, {
            to: `crash-${i}@example.com`,
            subject: `Crash ${i}`,
            html: `<p>${i}</p>`,
            text: String(i),
          });
      }),
    ),
  );
  const first = startWorker();
  await first.started();
  // Killed while sends are on their way: the provider accepts them, the worker never hears.
  await waitFor(
    async () => fake.emails().length >= COUNT / 4 && fake.inProgress() > 0,
    60_000,
    "a quarter of the emails to arrive",
  );
  first.child.kill("SIGKILL");
  await once(first.child, "exit");
  await waitFor(async () => fake.inProgress() === 0, 10_000, "the sends on their way to end");
  const arrivedAtKill = fake.emails().length;
  expect(arrivedAtKill).toBeLessThan(COUNT);
  // What the provider accepted is more than the outbox knows was sent.
  const sentAtKill = await sentCount();
  expect(sentAtKill).toBeLessThan(fake.emails().length);

  const second = startWorker();
  await second.started();
  // A generous bound: a lost email would never arrive, a stuck job would wait forever.
  await waitFor(async () => (await sentCount()) === COUNT, 90_000, "every email to be sent");

  const emails = fake.emails();
  expect(emails).toHaveLength(COUNT);
  const subjects = new Set(emails.map((email) => email.subject));
  expect(subjects.size).toBe(COUNT);
  for (let i = 0; i < COUNT; i++) expect(subjects.has(`Crash ${i}`)).toBe(true);
  // The emails the killed worker had handed over were asked for again, and the idempotency
  // key answered those requests instead of sending a second copy.
  const replayed = fake.attempts().filter((attempt) => attempt.answer === "replayed");
  expect(replayed.length).toBeGreaterThan(0);
  const rows = await db.select().from(emailOutbox);
  expect(rows.every((row) => row.status === "sent" && row.providerId)).toBe(true);
  expect(new Set(rows.map((row) => row.providerId)).size).toBe(COUNT);

  second.child.kill("SIGTERM");
  const [code] = (await once(second.child, "exit")) as [number | null];
  expect(code).toBe(0);
}, 180_000);
