import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "./client";
import { tickets, users } from "./schema";

describe("database", () => {
  it("is a migrated PostgreSQL of its own", async () => {
    const result = await db.execute<{ version: string }>(sql`select version() as version`);
    expect(result.rows[0]?.version).toMatch(/PostgreSQL/);
    expect(process.env.DATABASE_URL).toMatch(/clico_test_/);
  });

  it("rejects a second user whose login differs only in case", async () => {
    const base = { email: "a@example.com", firstName: "A", lastName: "B" };
    await db.insert(users).values({ ...base, login: "Jan.Kowalski" });
    await expect(
      db.insert(users).values({ ...base, email: "b@example.com", login: "jan.kowalski" }),
    ).rejects.toThrow();
  });

  it("numbers tickets from a sequence and refuses a support ticket without an asset", async () => {
    const [user] = await db
      .insert(users)
      .values({ login: "requester", email: "r@example.com", firstName: "R", lastName: "Q" })
      .returning({ id: users.id });
    const ticket = { subject: "s", description: "d", requesterId: user!.id };
    const [first] = await db
      .insert(tickets)
      .values({ ...ticket, type: "administrative" })
      .returning({ number: tickets.number });
    const [second] = await db
      .insert(tickets)
      .values({ ...ticket, type: "administrative" })
      .returning({ number: tickets.number });
    expect(second!.number).toBe(first!.number + 1);
    await expect(db.insert(tickets).values({ ...ticket, type: "support" })).rejects.toThrow();
  });
});
