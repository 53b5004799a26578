import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { enqueueEmail } from "./enqueue-email";
import { stopBoss } from "./queue";
import { waitForStatus } from "@/test/outbox";
import { startMailWorker } from "./worker";

let worker: { stop(): Promise<void> } | undefined;

beforeAll(() => {
  delete process.env.RESEND_API_KEY;
  process.env.MAIL_POLLING_INTERVAL_SECONDS = "0.5";
});

afterAll(async () => {
  await worker?.stop();
  await stopBoss();
});

const message = (subject: string) => ({
  to: "a@example.com",
  subject,
  html: `<p>${subject}</p>`,
  text: subject,
});

it("delivers an urgent email enqueued last before the notices queued ahead of it", async () => {
  const notices = await db.transaction(async (tx) => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await enqueueEmail(tx, message(`Notice ${i}`))).id);
    return ids;
  });
  const urgent = await db.transaction((tx) => enqueueEmail(tx, message("Login code"), "urgent"));

  // One job at a time, so the delivery order is the claim order.
  worker = await startMailWorker({ workers: 1, batchSize: 1 });
  const urgentRow = await waitForStatus(urgent.id, "sent");
  const noticeRows = await db
    .select({ status: emailOutbox.status, sentAt: emailOutbox.sentAt })
    .from(emailOutbox)
    .where(inArray(emailOutbox.id, notices));
  const sentBefore = noticeRows.filter(
    (row) => row.status === "sent" && row.sentAt! < urgentRow.sentAt!,
  );
  expect(sentBefore).toHaveLength(0);
  for (const id of notices) await waitForStatus(id, "sent");
});
