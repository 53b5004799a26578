import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { deliverEmail } from "./deliver-email";
import { enqueueEmail } from "./enqueue-email";
import { sendActionEmail } from "./send-action-email";
import { listMailbox } from "./list-mailbox";
import { stopBoss } from "./queue";
import { waitForStatus } from "@/test/outbox";
import { createTransport } from "./transport";
import { startMailWorker } from "./worker";

let worker: { stop(): Promise<void> } | undefined;

beforeAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.MAIL_TRANSPORT;
  process.env.MAIL_POLLING_INTERVAL_SECONDS = "0.5";
  worker = await startMailWorker();
});

afterAll(async () => {
  await worker?.stop();
  await stopBoss();
});

describe("mailbox transport (no RESEND_API_KEY, outside production)", () => {
  it("marks the row sent with transport mailbox and lists it newest first", async () => {
    const first = await db.transaction((tx) =>
      sendActionEmail(tx, "jan@example.com", {
        subject: "Confirm your email",
        preview: "Confirm your email",
        heading: "Confirm your email",
        paragraphs: ["Click the button to confirm."],
        action: { label: "Confirm email", url: "https://support.clico.pl/confirm?token=abc" },
      }),
    );
    const second = await db.transaction((tx) =>
      enqueueEmail(tx, {
        to: "ewa@example.com",
        subject: "Second",
        html: "<p>Second</p>",
        text: "Second",
      }),
    );

    const row = await waitForStatus(first.id, "sent");
    expect(row).toMatchObject({
      transport: "mailbox",
      providerId: null,
      tries: 1,
      lastError: null,
    });
    await waitForStatus(second.id, "sent");

    const mailbox = await listMailbox();
    expect(mailbox.map((entry) => entry.id)).toEqual([second.id, first.id]);
    expect(mailbox[1]).toEqual({
      id: first.id,
      to: "jan@example.com",
      subject: "Confirm your email",
      text: expect.stringContaining("https://support.clico.pl/confirm?token=abc"),
      createdAt: expect.any(Date),
      status: "sent",
      transport: "mailbox",
    });
    expect(await listMailbox(1)).toHaveLength(1);
  });
});

describe("no transport in production (MAIL_TRANSPORT=none)", () => {
  it("marks the row failed with a clear error instead of pretending to send", async () => {
    // Written without a job so the mailbox worker above cannot deliver it first.
    const { id } = await db.transaction(async (tx) => {
      const { emailOutbox } = await import("@/db/schema");
      const [row] = await tx
        .insert(emailOutbox)
        .values({ to: "x@example.com", subject: "Prod", html: "<p>x</p>", text: "x" })
        .returning({ id: emailOutbox.id });
      return row!;
    });
    const env = process.env as Record<string, string | undefined>;
    const previous = env.NODE_ENV;
    env.NODE_ENV = "production";
    try {
      const transport = createTransport({ ...process.env, MAIL_TRANSPORT: "none" });
      expect(transport.name).toBe("none");
      expect(await deliverEmail(id, { transport, isFinalAttempt: false })).toBe("failed");
    } finally {
      env.NODE_ENV = previous;
    }
    const row = await waitForStatus(id, "failed", 1_000);
    expect(row.lastError).toMatch(/no mail transport is configured/);
    expect(row.sentAt).toBeNull();
  });
});
