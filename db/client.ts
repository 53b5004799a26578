import "server-only";
import { drizzle } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import * as schema from "./schema";

function createPool() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error(
      "DATABASE_URL is not set. Run `npm run dev` (it starts the embedded database) or set DATABASE_URL.",
    );
  }
  return new Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
}

function createDb(pool: Pool) {
  return drizzle({ client: pool, schema, casing: "snake_case" });
}

export type Database = ReturnType<typeof createDb>;
/** A transaction handle, accepted wherever `db` is, so a use case can join its caller's transaction. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DbOrTx = Database | Tx;

// Kept on globalThis so dev-server reloads reuse one pool instead of leaking connections.
const globalForDb = globalThis as unknown as { clicoPool?: Pool; clicoDb?: Database };

/** The shared pool, created on first use (builds and tools that never query need no database). */
export function getPool(): Pool {
  globalForDb.clicoPool ??= createPool();
  return globalForDb.clicoPool;
}

export function getDb(): Database {
  globalForDb.clicoDb ??= createDb(getPool());
  return globalForDb.clicoDb;
}

/** The app's database. Resolved lazily so importing it never needs DATABASE_URL. */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const real = getDb();
    const value: unknown = Reflect.get(real, property, real);
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

export async function closeDb(): Promise<void> {
  const pool = globalForDb.clicoPool;
  globalForDb.clicoPool = undefined;
  globalForDb.clicoDb = undefined;
  await pool?.end();
}
