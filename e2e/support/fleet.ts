import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect } from "@playwright/test";
import { Client } from "pg";
import { nginxMainConfig, NGINX_TEMPLATE, renderNginxSite } from "@/scripts/lib/nginx";

// Two production instances (`npm start`, one process each) on one database of their own, behind
// nginx configured from deploy/nginx.conf.template: the deployment docs/deploy.md describes.

export type Instance = { name: string; port: number; address: string; log: string };
export type Fleet = {
  url: string;
  databaseUrl: string;
  /** When the instances were started (ms since the epoch). */
  startedAt: number;
  instances: [Instance, Instance];
  /** The requests nginx logged so far, oldest first. */
  requests(): LoggedRequest[];
  /** Sends one request through nginx and returns the instance that answered it. */
  probe(): Promise<Instance>;
  stop(): Promise<void>;
};
export type LoggedRequest = { method: string; path: string; status: number; upstream: string };

const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (see playwright.config.ts and scripts/test.ts).`);
  return value;
};

/** A database next to the suite's, so nothing but these two instances works its queues. */
async function createDatabase(suiteUrl: string): Promise<string> {
  const url = new URL(suiteUrl);
  const name = `${url.pathname.slice(1)}_fleet`;
  const client = new Client({ connectionString: suiteUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}

function startProcess(command: string, args: string[], log: string, env: NodeJS.ProcessEnv) {
  const out = openSync(log, "w");
  // Its own process group: npm start's tsx and node children stop with it.
  return spawn(command, args, { env, detached: true, stdio: ["ignore", out, out] });
}

async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  process.kill(-child.pid!, signal);
  await exited;
}

async function answers(url: string): Promise<number> {
  try {
    return (await fetch(url)).status;
  } catch {
    return 0;
  }
}

const LINE = /"(\S+) (\S+) [^"]*" (\d+) \d+ upstream=(\S+)/;

/** nginx's origin: the instances take the two ports after the suite's direct server, nginx the next. */
export const fleetUrl = (basePort: number) => `http://localhost:${basePort + 4}`;

export async function startFleet(basePort: number): Promise<Fleet> {
  const databaseUrl = await createDatabase(required("E2E_DATABASE_URL"));
  const url = fleetUrl(basePort);
  const nginxPort = Number(new URL(url).port);
  const logDir = resolve(".test-data/e2e-logs");
  mkdirSync(logDir, { recursive: true });
  const instances = [basePort + 2, basePort + 3].map((port, index) => ({
    name: `instance ${"AB"[index]}`,
    port,
    address: `127.0.0.1:${port}`,
    log: join(logDir, `fleet-${port}.log`),
  })) as [Instance, Instance];
  const prefix = mkdtempSync(join(tmpdir(), "clico-nginx-"));
  // nginx's workers drop root for nobody, who must reach the temporary files under the prefix.
  chmodSync(prefix, 0o755);
  mkdirSync(join(prefix, "tmp"));
  const uploads = join(prefix, "uploads");
  const accessLog = join(prefix, "access.log");

  const servers: ChildProcess[] = [];
  const startedAt = Date.now();
  let nginx: ChildProcess | undefined;
  const stop = async () => {
    // SIGQUIT is nginx's graceful stop; then the instances, which finish their jobs on SIGTERM.
    if (nginx) await stopProcess(nginx, "SIGQUIT");
    await Promise.all(servers.map((server) => stopProcess(server)));
    rmSync(prefix, { recursive: true, force: true });
  };
  try {
    // Both at once on the empty database: the migrations' advisory lock lets one migrate.
    for (const instance of instances)
      servers.push(
        startProcess("npm", ["start"], instance.log, {
          ...process.env,
          DATABASE_URL: databaseUrl,
          AUTH_SECRET: required("E2E_AUTH_SECRET"),
          RESEND_API_KEY: "re_e2e_fake",
          RESEND_BASE_URL: required("E2E_MAILBOX_URL"),
          MAIL_RETRY_DELAY_SECONDS: "1",
          APP_URL: url,
          PORT: String(instance.port),
          WEB_CONCURRENCY: "1",
          TRUSTED_PROXY_COUNT: "1",
          UPLOADS_DIR: uploads,
          // Every minute instead of hourly, so a tick falls within the spec.
          AUTO_CLOSE_SCHEDULE: "* * * * *",
          LOG_LEVEL: "info",
        }),
      );
    for (const instance of instances)
      await expect
        .poll(() => answers(`http://${instance.address}/api/health`), {
          message: `${instance.name} to answer /api/health (log: ${instance.log})`,
          timeout: 120_000,
        })
        .toBe(200);

    const template = readFileSync(NGINX_TEMPLATE, "utf8");
    writeFileSync(
      join(prefix, "clico.conf"),
      renderNginxSite(template, {
        listen: `127.0.0.1:${nginxPort}`,
        serverName: "localhost",
        upstreams: instances.map((instance) => instance.address),
        accessLog,
      }),
    );
    writeFileSync(join(prefix, "nginx.conf"), nginxMainConfig("clico.conf"));
    nginx = startProcess(
      process.env.NGINX_PATH || "nginx",
      ["-p", prefix, "-c", "nginx.conf", "-e", "error.log"],
      join(logDir, `fleet-nginx-${nginxPort}.log`),
      process.env,
    );
    await expect
      .poll(() => answers(`${url}/api/health`), { message: "nginx to pass /api/health on" })
      .toBe(200);

    const requests = () =>
      readFileSync(accessLog, "utf8")
        .split("\n")
        .flatMap((line) => {
          const match = LINE.exec(line);
          return match
            ? [
                {
                  method: match[1]!,
                  path: match[2]!,
                  status: Number(match[3]),
                  upstream: match[4]!,
                },
              ]
            : [];
        });
    let probes = 0;
    const probe = async () => {
      const path = `/api/health?probe=${++probes}`;
      expect(await answers(`${url}${path}`)).toBe(200);
      // nginx writes the line as the response ends; it may land just after fetch returns.
      let upstream = "";
      await expect
        .poll(
          () => (upstream = requests().find((request) => request.path === path)?.upstream ?? ""),
        )
        .not.toBe("");
      const instance = instances.find((candidate) => candidate.address === upstream);
      if (!instance) throw new Error(`nginx passed ${path} to ${upstream}, not an instance`);
      return instance;
    };

    return {
      url,
      databaseUrl,
      startedAt,
      instances,
      requests,
      probe,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
