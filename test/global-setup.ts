import type { TestProject } from "vitest/node";
import { ensureDatabase, startEmbeddedPostgres, withDatabase } from "../db/embedded";
import { runMigrations } from "../db/migrate";

export const TEMPLATE_DATABASE = "clico_test_template";

/**
 * One PostgreSQL for the run (TEST_DATABASE_URL's server, or a throwaway embedded one) and a
 * migrated template database that every test file clones (test/database-per-file.ts).
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  if (!adminUrl) {
    const server = await startEmbeddedPostgres({
      dataDir: `.test-data/vitest-${process.pid}`,
      persistent: false,
    });
    adminUrl = server.adminUrl;
    stop = server.stop;
  }
  await dropDatabase(adminUrl, TEMPLATE_DATABASE);
  await ensureDatabase(adminUrl, TEMPLATE_DATABASE);
  await runMigrations(withDatabase(adminUrl, TEMPLATE_DATABASE));
  project.provide("adminDatabaseUrl", adminUrl);
  return stop;
}

async function dropDatabase(adminUrl: string, name: string) {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`drop database if exists "${name}" with (force)`);
  await client.end();
}

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}
