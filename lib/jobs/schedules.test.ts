import { eq } from "drizzle-orm";
import PgBoss from "pg-boss";
import { expect, it } from "vitest";
import { db } from "@/db/client";
import { tickets } from "@/db/schema";
import { createTicketRow, createUser } from "@/test/factories";
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
