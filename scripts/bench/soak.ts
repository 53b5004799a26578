/**
 * `npm run bench:soak -- [--duration S] [--warmup S] [--users N] [--engineers N] [--think MS]
 * [--session-minutes M] [--tickets N] [--setup NAME] [--reuse-build] [--port P] [--mail-port P]`:
 * a bounded load run against the production server — virtual customers (log in with the
 * emailed code, dashboard, ticket list, their ticket, reply) and engineers (log in, queue, a
 * ticket, reply) — that fails unless every request answered well and the server processes'
 * memory stayed flat. Writes bench/results/<date>-soak.json. See bench/README.md.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { closeDb, getPool } from "../../db/client";
import { userId, ENGINEERS } from "./generate";
import { prepareFixtures, resetLoginCodeLimits, type BenchAccount } from "./http/fixtures";
import { nextAddress } from "./http/load";
import { SETUPS, startFakeResend, startPortal } from "./http/server";
import { benchDatabase, buildUnlessReused } from "./http/setup";
import { percentile, resultsFileName } from "./http/stats";
import { memoryTrend, sampleMemory } from "./soak/memory";
import { VirtualUser, type Step } from "./soak/user";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "600" },
    warmup: { type: "string", default: "120" },
    users: { type: "string", default: "50" },
    engineers: { type: "string", default: "10" },
    think: { type: "string", default: "1000" },
    "session-minutes": { type: "string", default: "2" },
    tickets: { type: "string", default: "10000" },
    setup: { type: "string", default: "all-cores" },
    port: { type: "string", default: "3220" },
    "mail-port": { type: "string", default: "3298" },
    "reuse-build": { type: "boolean", default: false },
  },
});
const durationSeconds = Number(args.duration);
const warmupSeconds = Number(args.warmup);
const users = Number(args.users);
const engineers = Math.min(Number(args.engineers), users, ENGINEERS);
const thinkMs = Number(args.think);
const sessionMs = Number(args["session-minutes"]) * 60_000;
const setup = SETUPS[args.setup];
if (!setup || !(durationSeconds > warmupSeconds) || !(users > 0)) {
  console.error("Usage: see scripts/bench/soak.ts (the duration must be longer than the warm-up)");
  process.exit(2);
}
const logDir = path.resolve(".test-data/bench-soak");
mkdirSync(logDir, { recursive: true });
const cleanups: Array<() => Promise<unknown>> = [];
const sql = async <T>(text: string, values: unknown[] = []) =>
  (await getPool().query<T & object>(text, values)).rows;

type Assignment = { account: BenchAccount; ticketId: string };

/**
 * An account and a ticket for each virtual user: customers with a ticket still being worked
 * (each their own account, so the 10 login codes an hour per account are never reached) and
 * engineers each with an open ticket to answer.
 */
async function assignments(
  customers: number,
): Promise<{ customer: Assignment[]; engineer: Assignment[] }> {
  const customerRows = await sql<BenchAccount & { ticketId: string }>(
    `select distinct on (u.id) u.id, u.login, u.email, t.id as "ticketId"
     from users u join tickets t on t.requester_id = u.id
     where u.login ~ '^bench[0-9]+$' and u.role = 'customer' and t.status <> 'closed'
     order by u.id, t.number desc limit $1`,
    [customers],
  );
  if (customerRows.length < customers)
    throw new Error(
      `Only ${customerRows.length} bench customers have an open ticket: use fewer --users or more --tickets.`,
    );
  const engineerRows = await sql<BenchAccount>(
    `select id, login, email from users where id in (${Array.from({ length: engineers }, (_, i) => userId(i)).join(", ")})`,
  );
  const open = await sql<{ id: string }>(
    `select id from tickets where status in ('new', 'open') order by number desc limit $1`,
    [engineers],
  );
  return {
    customer: customerRows.map(({ ticketId, ...account }) => ({ account, ticketId })),
    engineer: engineerRows.map((account, i) => ({ account, ticketId: open[i % open.length]!.id })),
  };
}

async function main() {
  const started = Date.now();
  await buildUnlessReused(args["reuse-build"]);
  const databaseUrl = await benchDatabase(Number(args.tickets), cleanups);
  await prepareFixtures(); // the bench password on every generated account
  await resetLoginCodeLimits();
  await sql(`delete from ticket_messages where body like 'Soak reply %'`);
  const assigned = await assignments(users - engineers);

  const mail = await startFakeResend(Number(args["mail-port"]), logDir);
  cleanups.unshift(mail.stop);
  const portal = await startPortal(setup!, {
    port: Number(args.port),
    databaseUrl,
    mailUrl: mail.url,
    logDir,
  });
  cleanups.unshift(portal.stop);
  console.log(
    `Portal (${setup!.name}) on ${portal.url}: ${users} users (${engineers} engineers) for ${durationSeconds} s, ${warmupSeconds} s of it warm-up…`,
  );

  const steps: Array<Step & { atSeconds: number }> = [];
  const runStart = Date.now();
  const record = (step: Step) => steps.push({ ...step, atSeconds: (Date.now() - runStart) / 1000 });
  const memory = sampleMemory(portal.pid);
  const until = runStart + durationSeconds * 1000;
  const think = () =>
    new Promise<void>((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
  const virtualUsers = [
    ...assigned.customer.map(({ account, ticketId }) => ({
      role: "customer" as const,
      account,
      path: `/tickets/${ticketId}`,
    })),
    ...assigned.engineer.map(({ account, ticketId }) => ({
      role: "engineer" as const,
      account,
      path: `/staff/tickets/${ticketId}`,
    })),
  ].map(
    ({ role, account, path: ticketPath }) =>
      new VirtualUser(role, account, ticketPath, portal.url, mail.url, nextAddress(), record),
  );

  let replies = 0;
  await Promise.all(
    virtualUsers.map(async (user, i) => {
      // Arrivals spread over the first seconds, as people do, not all in one instant.
      await new Promise((resolve) => setTimeout(resolve, i * 200));
      while (Date.now() < until) {
        try {
          await user.logIn();
          const sessionEnd = Math.min(until, Date.now() + sessionMs);
          while (Date.now() < sessionEnd) await user.journey(think, ++replies);
        } catch {
          await think(); // recorded as the step's error; the user starts over
        }
      }
    }),
  );
  memory.stop();

  const byStep = new Map<string, typeof steps>();
  for (const step of steps) byStep.set(step.name, [...(byStep.get(step.name) ?? []), step]);
  const errors = steps.filter((step) => !step.ok);
  const trend = memoryTrend(memory.samples, { warmupSeconds, durationSeconds });
  const file = {
    date: new Date().toISOString(),
    setup: setup!.name,
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? "unknown",
      node: process.version,
      commit: execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).trim(),
      tickets: Number(args.tickets),
    },
    options: {
      durationSeconds,
      warmupSeconds,
      users,
      engineers,
      thinkMs,
      sessionMinutes: sessionMs / 60_000,
    },
    requests: steps.length,
    errors: errors.length,
    firstErrors: errors
      .slice(0, 20)
      .map(({ name, status, error, atSeconds }) => ({ name, status, error, atSeconds })),
    steps: [...byStep].map(([name, list]) => ({
      name,
      count: list.length,
      errors: list.filter((step) => !step.ok).length,
      p50: percentile(
        list.map((step) => step.ms),
        50,
      ),
      p95: percentile(
        list.map((step) => step.ms),
        95,
      ),
    })),
    memory: { ...trend, samples: memory.samples },
  };
  for (const step of file.steps)
    console.log(
      `  ${step.name.padEnd(24)} ${String(step.count).padStart(6)} × p50 ${step.p50.toFixed(0)} ms, p95 ${step.p95.toFixed(0)} ms${step.errors ? `, ${step.errors} errors` : ""}`,
    );
  console.log(
    `${file.requests} requests, ${file.errors} errors; server RSS ${trend.firstMb.toFixed(0)} MB → ${trend.lastMb.toFixed(0)} MB (${(trend.change * 100).toFixed(1)} %, first vs last ${trend.windowSeconds} s after warm-up)`,
  );
  mkdirSync("bench/results", { recursive: true });
  const out = path.join("bench/results", resultsFileName(new Date(file.date), "soak"));
  writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`Wrote ${out} (${((Date.now() - started) / 60_000).toFixed(1)} min in all).`);
  if (file.errors)
    throw new Error(
      `${file.errors} requests failed; the first: ${JSON.stringify(file.firstErrors[0])}`,
    );
  if (!trend.flat)
    throw new Error(
      `Server memory changed by ${(trend.change * 100).toFixed(1)} %, more than 20 %.`,
    );
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  for (const cleanup of cleanups) await cleanup().catch(() => {});
  await closeDb();
}
