import path from "node:path";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { drizzle } from "drizzle-orm/node-postgres";
import { Client } from "pg";

const MIGRATIONS_LOCK = 7_201_100; // any constant: serialises migrations across app instances

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/**
 * Applies the committed SQL migrations; safe to call from several instances at once. `then`
 * runs after them, still holding the lock: other setup that must not run twice at once.
 */
export async function runMigrations(
  connectionString: string,
  { then }: { then?: () => Promise<void> } = {},
): Promise<void> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATIONS_LOCK]);
    await migrate(drizzle({ client }), { migrationsFolder });
    await then?.();
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATIONS_LOCK]).catch(() => {});
    await client.end();
  }
}
