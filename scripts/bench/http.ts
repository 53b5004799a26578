/**
 * `npm run bench:http -- [--tickets N] [--duration S] [--warmup S] [--rounds N] [--setup NAME]
 * [--reuse-build] [--only TEXT] [--login-rate N]`: every page of issue #12 over HTTP against
 * the production server, driven by autocannon, each round first measuring a static file of
 * about a page's size as the ceiling. See bench/README.md.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { closeDb } from "../../db/client";
import { captureCreateTicket, captureReply, launchBrowser, logIn } from "./http/browser";
import { benchCases, CREATE_CASE, LOGIN_CASE, type Case } from "./http/cases";
import { ceilingFile, deepPagePath, probe, refreshSession, withSession } from "./http/pages";
import {
  prepareFixtures,
  removeLeftovers,
  resetLoginCodeLimits,
  type Fixtures,
} from "./http/fixtures";
import { drive, type LoadOptions } from "./http/load";
import { clearMailbox, loginCodeLags } from "./http/mail-lag";
import { printTable } from "./http/report";
import { SETUPS, startFakeResend, startPortal, type Setup } from "./http/server";
import {
  percentile,
  resultsFileName,
  summarize,
  type MailLag,
  type ResultsFile,
  type RoundResult,
} from "./http/stats";
import { readTimings } from "./http/timings";
import { benchDatabase, buildUnlessReused } from "./http/setup";

const { values: args } = parseArgs({
  options: {
    tickets: { type: "string", default: "1000000" },
    duration: { type: "string", default: "15" },
    warmup: { type: "string", default: "3" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "10" },
    setup: { type: "string", default: "1-process" },
    port: { type: "string", default: "3210" },
    "mail-port": { type: "string", default: "3299" },
    "reuse-build": { type: "boolean", default: false },
    only: { type: "string" },
    "login-rate": { type: "string" },
  },
});
const tickets = Number(args.tickets);
const chosenSetup = SETUPS[args.setup];
if (!chosenSetup || !Number.isInteger(tickets) || tickets < 1000) {
  console.error(`Usage: see scripts/bench/http.ts (setups: ${Object.keys(SETUPS).join(", ")})`);
  process.exit(2);
}
const setup: Setup = chosenSetup;
const load = (url: string, durationSeconds: number, item: Case): LoadOptions => ({
  url,
  connections: Number(args.connections),
  durationSeconds,
  // e.g. 30: the mail target is stated at 30 logins a second.
  overallRate:
    item.name === LOGIN_CASE && args["login-rate"] ? Number(args["login-rate"]) : undefined,
});
const rounds = Number(args.rounds);
const timing = process.env.BENCH_TIMING === "1";
const logDir = path.resolve(".test-data/bench-http");
mkdirSync(logDir, { recursive: true });
const cleanups: Array<() => Promise<unknown>> = [];

/** A warm-up run, then the measured one (labelled for the timing hook). */
async function measure(item: Case, url: string, round: number): Promise<RoundResult> {
  const request = withSession(item);
  await drive(request, load(url, Number(args.warmup), item));
  const labelled = {
    ...request,
    headers: { ...request.headers, "x-bench-case": `${round}:${item.name}` },
  };
  return drive(labelled, load(url, Number(args.duration), item));
}

/** Starts the fake Resend and the portal, logs in, captures the actions; returns the cases. */
async function prepare(databaseUrl: string, fixtures: Fixtures) {
  const mail = await startFakeResend(Number(args["mail-port"]), logDir);
  cleanups.unshift(mail.stop);
  const timingDir = timing ? mkdtempSync(path.join(tmpdir(), "clico-bench-timing-")) : undefined;
  const portal = await startPortal(setup, {
    port: Number(args.port),
    databaseUrl,
    mailUrl: mail.url,
    logDir,
    timingDir,
  });
  cleanups.unshift(portal.stop);
  console.log(`Portal (${setup.name}) on ${portal.url}; logging in through Chromium…`);

  const browser = await launchBrowser();
  cleanups.unshift(() => browser.close());
  const customer = await logIn(browser, portal.url, mail.url, fixtures.customer);
  const engineer = await logIn(browser, portal.url, mail.url, fixtures.engineer);
  const createTicket = await captureCreateTicket(customer.page);
  const reply = await captureReply(customer.page, fixtures.replyTicketId);
  await browser.close();

  const cases = benchCases({
    fixtures,
    customer: customer.session,
    engineer: engineer.session,
    deepPagePath: await deepPagePath(portal.url, customer.session),
    createTicket,
    reply,
    loginStep1: customer.loginStep1,
  }).filter((item) => !args.only || item.name.includes(args.only));
  const ceiling = await ceilingFile(portal.url, customer.session);
  for (const item of cases) await probe(portal.url, item);
  console.log(
    `Ceiling: ${ceiling.request.path} (${ceiling.bytes} bytes; the dashboard is ${ceiling.pageBytes}).\n` +
      `${rounds} rounds × ${cases.length + 1} cases × (${args.warmup} s warm-up + ${args.duration} s), ${args.connections} connections.`,
  );
  const sessions = [customer.session, engineer.session];
  return { portal, mail, timingDir, cases, ceiling, sessions };
}

type Prepared = Awaited<ReturnType<typeof prepare>>;

/** Every round: the ceiling first, then each case; the login case also measures the mail lag. */
async function runRounds({ portal, mail, cases, ceiling, sessions }: Prepared, fixtures: Fixtures) {
  const ceilings: number[] = [];
  const results = new Map<string, RoundResult[]>();
  const record = (name: string, result: RoundResult) =>
    results.set(name, [...(results.get(name) ?? []), result]);
  const lags: number[] = [];
  let unsentAtEnd = 0;
  for (let round = 1; round <= rounds; round++) {
    const ceilingResult = await measure(ceiling, portal.url, round);
    ceilings.push(ceilingResult.reqPerSec);
    record(ceiling.name, ceilingResult);
    console.log(`Round ${round}: ceiling ${ceilingResult.reqPerSec.toFixed(0)} req/s`);
    for (const item of cases) {
      // Sessions roll: take the renewed cookie so a long run never outlives it.
      for (const session of sessions) await refreshSession(portal.url, session);
      if (item.name === LOGIN_CASE) {
        await resetLoginCodeLimits();
        await clearMailbox(mail.url);
      }
      const caseStart = new Date(Date.now() - 1000);
      const result = await measure(item, portal.url, round);
      record(item.name, result);
      console.log(
        `  ${item.name}: ${result.reqPerSec.toFixed(1)} req/s, p95 ${result.p95.toFixed(0)} ms` +
          (result.errors ? `, ${result.errors} errors ${JSON.stringify(result.statuses)}` : ""),
      );
      if (item.name === CREATE_CASE) await removeLeftovers(fixtures.customer.id);
      if (item.name === LOGIN_CASE) {
        const lag = await loginCodeLags(mail.url, caseStart);
        lags.push(...lag.lagsMs);
        unsentAtEnd = Math.max(unsentAtEnd, lag.unsentAtEnd);
        console.log(
          `    mail: ${lag.lagsMs.length} codes, max lag ${Math.max(0, ...lag.lagsMs)} ms, ${lag.unsentAtEnd} unsent when the load stopped`,
        );
      }
    }
  }
  const mailLag: MailLag | undefined = lags.length
    ? { emails: lags.length, maxMs: Math.max(...lags), p95Ms: percentile(lags, 95), unsentAtEnd }
    : undefined;
  return { ceilings, results, mailLag };
}

async function resultsFile(
  prepared: Prepared,
  { ceilings, results, mailLag }: Awaited<ReturnType<typeof runRounds>>,
): Promise<ResultsFile> {
  const timings = prepared.timingDir ? await readTimings(prepared.timingDir) : undefined;
  const { ceiling } = prepared;
  return {
    date: new Date().toISOString(),
    setup: setup.name,
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? "unknown",
      node: process.version,
      commit: execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).trim(),
      tickets,
    },
    options: {
      connections: Number(args.connections),
      durationSeconds: Number(args.duration),
      warmupSeconds: Number(args.warmup),
      rounds,
    },
    ceiling: { file: ceiling.request.path, bytes: ceiling.bytes },
    cases: [ceiling, ...prepared.cases].map((item) => ({
      ...summarize(item.name, results.get(item.name)!, ceilings),
      request: `${item.request.method} ${item.request.path}`,
      ...timings?.get(item.name),
    })),
    mail: mailLag,
  };
}

try {
  const started = Date.now();
  await buildUnlessReused(args["reuse-build"]);
  const databaseUrl = await benchDatabase(tickets, cleanups);
  const fixtures = await prepareFixtures();
  await resetLoginCodeLimits();
  const prepared = await prepare(databaseUrl, fixtures);
  const file = await resultsFile(prepared, await runRounds(prepared, fixtures));
  printTable(file);
  mkdirSync("bench/results", { recursive: true });
  // A partial run (--only) never replaces a full run's file.
  const name = args.only ? `${setup.name}-partial` : setup.name;
  const out = path.join("bench/results", resultsFileName(new Date(file.date), name));
  writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`\nWrote ${out} (${((Date.now() - started) / 60_000).toFixed(1)} min in all).`);
} finally {
  for (const cleanup of cleanups) await cleanup().catch(() => {});
  await closeDb();
}
