import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { closeDb } from "../db/client";
import { ensureDatabase, withDatabase } from "../db/embedded";

// Each test file gets its own database cloned from the migrated template, so files never
// see each other's rows and can run in parallel.
const adminUrl = inject("adminDatabaseUrl");
const name = `clico_test_${randomBytes(6).toString("hex")}`;
await ensureDatabase(adminUrl, name, "clico_test_template");
process.env.DATABASE_URL = withDatabase(adminUrl, name);

afterAll(async () => {
  await closeDb();
});
