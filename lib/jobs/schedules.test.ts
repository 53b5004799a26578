import { spawn } from "node:child_process";
import { once } from "node:events";
import { eq } from "drizzle-orm";
import PgBoss from "pg-boss";
import { expect, it } from "vitest";
import { db } from "@/db/client";
import { tickets } from "@/db/schema";
import { createTicketRow, createUser } from "@/test/factories";
import { waitFor } from "@/test/outbox";
import { AUTO_CLOSE_QUEUE, startScheduledJobs } from "./schedules";

it("registers the hourly auto-close schedule and works its jobs", async () => {
  const { id: requesterId } = await createUser();
  const ticket = await createTicketRow({
    requesterId,
    status: "resolved",
    resolvedAt: new Date(Date.now() - 30 * 86_400_000),
  });
  const jobs = await startScheduledJobs();
  const boss = new PgBoss({
    connectionString: process.env.DATABASE_URL!,
    schedule: false,
    supervise: false,
  });
  try {
    await boss.start();
    expect(await boss.getSchedules()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: AUTO_CLOSE_QUEUE,
          cron: "15 * * * *",
          timezone: "Europe/Warsaw",
        }),
      ]),
    );
    // What the cron sends each hour, sent now.
    await boss.send(AUTO_CLOSE_QUEUE, {});
    await expect
      .poll(
        async () => {
          const [row] = await db
            .select({ status: tickets.status })
            .from(tickets)
            .where(eq(tickets.id, ticket.id));
          return row?.status;
        },
        { timeout: 15_000, interval: 250 },
      )
      .toBe("closed");
  } finally {
    await boss.stop({ graceful: false });
    await jobs.stop();
  }
});

// Web processes with MAIL_WORKER=off run no background work at all, so the separate worker
// process must keep the schedules, or nothing would ever auto-close.
it("npm run mail:worker keeps the auto-close schedule too", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/mail-worker.ts"], {
    env: { ...process.env, LOG_LEVEL: "info", AUTO_CLOSE_SCHEDULE: "*/5 * * * *" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const boss = new PgBoss({
    connectionString: process.env.DATABASE_URL!,
    schedule: false,
    supervise: false,
  });
  try {
    await waitFor(async () => output.includes("mail worker started"), 20_000, "the worker");
    await boss.start();
    await waitFor(
      async () =>
        (await boss.getSchedules()).some(
          (schedule) => schedule.name === AUTO_CLOSE_QUEUE && schedule.cron === "*/5 * * * *",
        ),
      20_000,
      `the auto-close schedule (worker output: ${output})`,
    );
  } finally {
    await boss.stop({ graceful: false });
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  }
  expect(child.exitCode).toBe(0);
});
