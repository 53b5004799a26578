import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";

/**
 * How the portal is started for a run. `npm start` is README's production command; a setup
 * only changes its environment (e.g. WEB_CONCURRENCY for scripts/lib/serve.ts's cluster mode).
 */
export type Setup = { name: string; command: string[]; env: Record<string, string> };

export const SETUPS: Record<string, Setup> = {
  "1-process": { name: "1-process", command: ["npm", "start"], env: { WEB_CONCURRENCY: "1" } },
  // serve.ts's own default (every core once its cluster mode exists).
  "all-cores": { name: "all-cores", command: ["npm", "start"], env: {} },
};

/** `pid` leads the process group every process of the command runs in. */
export type Running = { url: string; pid: number; stop: () => Promise<void> };

/** Starts a command in its own process group, its output in `logFile`; waits until `ready`. */
async function startProcess(
  command: string[],
  env: Record<string, string>,
  logFile: string,
  url: string,
  ready: string,
): Promise<Running> {
  const log = createWriteStream(logFile);
  const child = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const deadline = Date.now() + 180_000;
  for (;;) {
    const failed = await Promise.race([exited, new Promise((r) => setTimeout(r, 500, "wait"))]);
    if (failed !== "wait")
      throw new Error(`${command.join(" ")} exited (${failed}); see ${logFile}`);
    if (await answers(ready)) break;
    if (Date.now() > deadline) {
      kill(child);
      throw new Error(`${command.join(" ")} did not answer ${ready} in 3 minutes; see ${logFile}`);
    }
  }
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      kill(child);
      await exited;
    },
  };
}

const answers = (url: string) =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  );

function kill(child: ChildProcess) {
  try {
    process.kill(-child.pid!, "SIGTERM"); // the whole group: npm, tsx and node
  } catch {
    // already gone
  }
}

export function startFakeResend(port: number, logDir: string): Promise<Running> {
  const url = `http://127.0.0.1:${port}`;
  return startProcess(
    ["node_modules/.bin/tsx", "e2e/support/fake-resend-server.ts", "--port", String(port)],
    {},
    path.join(logDir, "fake-resend.log"),
    url,
    `${url}/__emails`,
  );
}

export function startPortal(
  setup: Setup,
  options: {
    port: number;
    databaseUrl: string;
    mailUrl: string;
    logDir: string;
    timingDir?: string;
  },
): Promise<Running> {
  const url = `http://localhost:${options.port}`;
  const env: Record<string, string> = {
    DATABASE_URL: options.databaseUrl,
    AUTH_SECRET: "bench-http-only-secret-0123456789abcdef0123456789",
    RESEND_API_KEY: "re_bench_fake",
    RESEND_BASE_URL: options.mailUrl,
    APP_URL: url,
    PORT: String(options.port),
    LOG_LEVEL: "warn",
    // autocannon plays the one proxy in front and sends each request's X-Forwarded-For.
    TRUSTED_PROXY_COUNT: "1",
    ...setup.env,
  };
  if (options.timingDir) {
    const hook = path.resolve("scripts/bench/http/timing-hook.ts");
    env.BENCH_TIMING_DIR = options.timingDir;
    // tsx first: npm and every node process it starts load the hook, which is TypeScript.
    env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --import tsx --import ${hook}`.trim();
  }
  return startProcess(
    setup.command,
    env,
    path.join(options.logDir, `server-${setup.name}.log`),
    url,
    `${url}/api/health`,
  );
}
