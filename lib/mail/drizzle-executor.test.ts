import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { db } from "@/db/client";
import { drizzleExecutor } from "./enqueue-email";
import { getBoss } from "./queue";

const jobsWithKey = async (key: string) => {
  const { rows } = await db.execute(
    sql`select start_after > now() + interval '30 seconds' as later from pgboss.job where singleton_key = ${key}`,
  );
  return rows;
};

// pg-boss's insert uses one placeholder in several places of different types (startAfter is
// read as a timestamp and as an interval): each must stay one parameter, as pg-boss wrote it.
it("sends a delayed job through a transaction, and none when the transaction rolls back", async () => {
  const boss = await getBoss();
  await boss.createQueue("executor-test", { name: "executor-test" });
  const committed = randomUUID();
  await db.transaction(async (tx) => {
    await boss.send(
      "executor-test",
      {},
      {
        singletonKey: committed,
        startAfter: 60,
        db: drizzleExecutor(tx),
      },
    );
  });
  expect(await jobsWithKey(committed)).toEqual([{ later: true }]);

  const rolledBack = randomUUID();
  await db
    .transaction(async (tx) => {
      await boss.send("executor-test", {}, { singletonKey: rolledBack, db: drizzleExecutor(tx) });
      tx.rollback();
    })
    .catch(() => {});
  expect(await jobsWithKey(rolledBack)).toEqual([]);
});
