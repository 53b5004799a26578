import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/db/client";
import { enqueueEmail } from "./enqueue-email";
import { getBoss, MAIL_QUEUE, stopBoss } from "./queue";
import { findOutboxRow, waitForStatus } from "@/test/outbox";
import { startMailWorker } from "./worker";

let worker: { stop(): Promise<void> } | undefined;

beforeAll(() => {
  delete process.env.RESEND_API_KEY;
  process.env.MAIL_POLLING_INTERVAL_SECONDS = "0.5";
  process.env.MAIL_RETRY_DELAY_SECONDS = "1";
  process.env.MAIL_JOB_EXPIRE_SECONDS = "2";
  process.env.MAIL_MAINTENANCE_INTERVAL_SECONDS = "1";
});

afterAll(async () => {
  await worker?.stop();
  await stopBoss();
});

it("retries a job held by a worker that died", async () => {
  const { id } = await db.transaction((tx) =>
    enqueueEmail(tx, { to: "a@example.com", subject: "Orphaned", html: "<p>x</p>", text: "x" }),
  );
  // A worker claims the job and dies before finishing: the job stays active, the row pending.
  const boss = await getBoss();
  const [claimed] = await boss.fetch<{ outboxId: string }>(MAIL_QUEUE);
  expect(claimed?.data.outboxId).toBe(id);
  expect((await findOutboxRow(id))?.status).toBe("pending");

  worker = await startMailWorker();
  const row = await waitForStatus(id, "sent", 20_000);
  expect(row).toMatchObject({ transport: "mailbox", tries: 1 });
  const job = await boss.getJobById(MAIL_QUEUE, claimed!.id);
  expect(job?.state).toBe("completed");
  expect(job?.retryCount).toBeGreaterThanOrEqual(1);
});
