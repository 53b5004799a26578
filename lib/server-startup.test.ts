import { spawn } from "node:child_process";
import { once } from "node:events";
import { randomBytes } from "node:crypto";
import { expect, inject, it } from "vitest";
import { ensureDatabase, withDatabase } from "@/db/embedded";

// Cluster workers (and instances) start at the same moment; on a new database each migrates
// and creates pg-boss's schema and queues. Four processes at once, as npm start's workers are.
it("several server processes start at once on a new database", async () => {
  const adminUrl = inject("adminDatabaseUrl");
  const name = `clico_startup_${randomBytes(6).toString("hex")}`;
  await ensureDatabase(adminUrl, name);
  const starts = Array.from({ length: 4 }, async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--conditions", "react-server", "test/fixtures/prepare-database.ts"],
      {
        env: { ...process.env, DATABASE_URL: withDatabase(adminUrl, name), LOG_LEVEL: "warn" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(child, "exit")) as [number | null];
    return { code, output };
  });
  for (const { code, output } of await Promise.all(starts)) {
    expect(output).not.toMatch(/deadlock|error/i);
    expect(code).toBe(0);
  }
}, 120_000);
