import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/db/client";
import { enqueueEmail } from "./enqueue-email";
import { getBoss, MAIL_QUEUE, stopBoss } from "./queue";
import { startMailWorker } from "./worker";

beforeAll(() => {
  delete process.env.RESEND_API_KEY;
  process.env.MAIL_POLLING_INTERVAL_SECONDS = "0.5";
});

afterAll(async () => {
  await stopBoss();
});

const jobStates = async () =>
  (
    await db.execute<{ state: string }>(
      sql`select state::text from pgboss.job where name = ${MAIL_QUEUE} order by created_on`,
    )
  ).rows.map((row) => row.state);

// A worker's first fetch is on its way as soon as it starts. stop() must wait for what that
// fetch claims, or the batch is delivered after the caller has closed the database (bench:mail
// crashed so once) and the claimed jobs stay active until they expire.
it("stop() returns only after the batches its workers fetched have been delivered", async () => {
  await db.transaction(async (tx) => {
    for (let i = 0; i < 3; i++)
      await enqueueEmail(tx, {
        to: `s${i}@example.com`,
        subject: "Stop",
        html: "<p>x</p>",
        text: "x",
      });
  });
  await getBoss();
  const worker = await startMailWorker({ workers: 2, batchSize: 5 });
  await worker.stop();
  const atStop = await jobStates();
  expect(atStop).toHaveLength(3);
  expect(atStop.filter((state) => state === "active")).toEqual([]);
  // Nothing of this worker may run on once it has stopped: the queue's own shutdown (which
  // waits for any job in hand) finds the jobs as stop() left them.
  await stopBoss();
  expect(await jobStates()).toEqual(atStop);
});
