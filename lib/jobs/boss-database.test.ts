import { spawn } from "node:child_process";
import { once } from "node:events";
import { randomBytes } from "node:crypto";
import { expect, inject, it } from "vitest";
import { ensureDatabase, withDatabase } from "@/db/embedded";

it("a queue stopped while its workers wait for a connection lets its process end", async () => {
  const adminUrl = inject("adminDatabaseUrl");
  const name = `clico_boss_stop_${randomBytes(6).toString("hex")}`;
  await ensureDatabase(adminUrl, name);
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "test/fixtures/stop-queue-while-fetching.ts"],
    { env: { ...process.env, DATABASE_URL: withDatabase(adminUrl, name) }, stdio: "pipe" },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  // generous for a busy machine; the hang it guards against is forever
  const hung = setTimeout(() => child.kill("SIGKILL"), 45_000);
  const [code, signal] = (await once(child, "exit")) as [number | null, string | null];
  clearTimeout(hung);
  expect({ code, signal, output }).toEqual({ code: 0, signal: null, output: "stopped\n" });
}, 60_000);
