/**
 * `npm run bench:lighthouse [-- --no-build] [-- --runs 3]`: Lighthouse performance and
 * accessibility of the login page, the customer dashboard, Create new ticket and a ticket page,
 * mobile and desktop, against the production server (`next build`, then `npm start` as the
 * README's "Production" says) on a throwaway embedded PostgreSQL with the demo data, the demo
 * customer signed in by a session cookie (sent with Lighthouse's extraHeaders). Each page runs
 * `--runs` times per form factor (default 3); the median score counts. Prints a table and writes
 * bench/results/<YYYY-MM-DD>-lighthouse.json. Targets (issue #12): performance ≥ 90,
 * accessibility 100. Chromium: scripts/lib/chromium.ts, headless, the e2e's flags.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { and, asc, eq } from "drizzle-orm";
import lighthouse, { desktopConfig, type Flags, type Result } from "lighthouse";
import { encode } from "next-auth/jwt";
import { closeDb, getDb } from "../../db/client";
import { ensureDatabase, freePort, startEmbeddedPostgres } from "../../db/embedded";
import { runMigrations } from "../../db/migrate";
import { tickets, users } from "../../db/schema";
import { SESSION_IDLE_SECONDS } from "../../lib/auth/session-policy";
import { startSession } from "../../lib/auth/sessions";
import { stopBoss } from "../../lib/mail/queue";
import { CHROMIUM_ARGS, ensureChromium } from "../lib/chromium";
import { seedDemoData } from "../lib/demo-seed";
import { run } from "../lib/run";

const argv = process.argv.slice(2);
const runsAt = argv.indexOf("--runs");
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a whole number ≥ 1.");

const children: ChildProcess[] = [];
const cleanups: Array<() => Promise<void> | void> = [];
async function cleanUp() {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  for (const cleanup of cleanups.reverse())
    try {
      await cleanup();
    } catch (error) {
      console.error("Cleaning up:", error);
    }
}

async function waitFor(url: string, what: string, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s.`);
}

try {
  if (!argv.includes("--no-build")) {
    const code = await run("npx", ["next", "build"]);
    if (code !== 0) throw new Error(`next build failed (exit ${code}).`);
  }

  // A database of its own, with the demo data; its customer is the signed-in user.
  if (!process.env.DATABASE_URL) {
    const server = await startEmbeddedPostgres({
      dataDir: `.test-data/bench-lighthouse-${process.pid}`,
      persistent: false,
    });
    cleanups.push(server.stop);
    await ensureDatabase(server.adminUrl, "bench");
    process.env.DATABASE_URL = server.urlFor("bench");
  }
  const databaseUrl = process.env.DATABASE_URL;
  await runMigrations(databaseUrl);
  const db = getDb();
  cleanups.push(closeDb, stopBoss);
  await seedDemoData(db);
  const [customer] = await db.select().from(users).where(eq(users.login, "customer"));
  if (!customer) throw new Error("The database has no demo `customer` (it had other users).");
  const [ticket] = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.requesterId, customer.id)))
    .orderBy(asc(tickets.createdAt))
    .limit(1);
  if (!ticket) throw new Error("The demo customer has no ticket.");

  // The cookie a real login ends with (see e2e/support/session.ts).
  const secret = randomBytes(32).toString("base64url");
  const port = await freePort();
  const appUrl = `http://localhost:${port}`;
  const cookieName = "authjs.session-token";
  const session = await encode({
    token: {
      name: `${customer.firstName} ${customer.lastName}`,
      email: customer.email,
      sub: customer.id,
      sessionId: await startSession(db, customer.id),
      authTime: Math.floor(Date.now() / 1000),
    },
    secret,
    salt: cookieName,
    maxAge: SESSION_IDLE_SECONDS,
  });

  const server = spawn(
    "node_modules/.bin/tsx",
    ["--tsconfig", "tsconfig.node.json", "scripts/start.ts"],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: secret,
        APP_URL: appUrl,
        PORT: String(port),
        MAIL_TRANSPORT: "none",
        MAIL_WORKER: "off",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  children.push(server);
  await waitFor(`${appUrl}/api/health`, "The production server");

  const probe = await fetch(`${appUrl}/dashboard`, {
    headers: { Cookie: `${cookieName}=${session}` },
    redirect: "manual",
  });
  if (probe.status !== 200)
    throw new Error(
      `The session cookie does not sign in: /dashboard answered ${probe.status} ${probe.headers.get("location") ?? ""}`,
    );

  // Headless Chromium with the e2e's flags, driven by Lighthouse over its debugging port.
  const chromePath =
    (await ensureChromium()) ?? (await import("@playwright/test")).chromium.executablePath();
  const profile = mkdtempSync(join(tmpdir(), "clico-lighthouse-"));
  cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
  const debuggingPort = await freePort();
  const chrome = spawn(
    chromePath,
    [
      "--headless=new",
      ...CHROMIUM_ARGS,
      "--no-default-browser-check",
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${debuggingPort}`,
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  children.push(chrome);
  await waitFor(`http://127.0.0.1:${debuggingPort}/json/version`, "Chromium", 30_000);

  const pages = [
    { name: "dashboard", path: "/dashboard", signedIn: true },
    { name: "create new ticket", path: "/tickets/new", signedIn: true },
    { name: "ticket page", path: `/tickets/${ticket.id}`, signedIn: true },
    // last: after the login page, the browser's own cookies for the origin would replace the
    // extraHeaders' session cookie
    { name: "login", path: "/login", signedIn: false },
  ];
  const formFactors = ["mobile", "desktop"] as const;
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const score = (lhr: Result, category: string) =>
    Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const metric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? null;

  const results = [];
  for (const page of pages)
    for (const formFactor of formFactors) {
      const samples = [];
      for (let round = 0; round < runs; round++) {
        const flags: Flags = {
          port: debuggingPort,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          extraHeaders: page.signedIn ? { Cookie: `${cookieName}=${session}` } : undefined,
        };
        const answer = await lighthouse(
          `${appUrl}${page.path}`,
          flags,
          formFactor === "desktop" ? desktopConfig : undefined,
        );
        const lhr = answer?.lhr;
        if (!lhr) throw new Error(`Lighthouse gave no result for ${page.path}.`);
        if (process.env.LH_DEBUG)
          writeFileSync(
            `/tmp/lh-${page.name.replace(/ /g, "-")}-${formFactor}.json`,
            JSON.stringify(lhr),
          );
        if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.message}`);
        if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(`${appUrl}${page.path}`).pathname)
          throw new Error(`${page.path} ended at ${lhr.finalDisplayedUrl} (signed out?).`);
        samples.push({
          // the machine's 1-minute load average as the run ended: mobile scores multiply the
          // main thread's observed work, so other processes' load lowers them
          loadAverage: Math.round(loadavg()[0]! * 10) / 10,
          performance: score(lhr, "performance"),
          accessibility: score(lhr, "accessibility"),
          fcpMs: metric(lhr, "first-contentful-paint"),
          lcpMs: metric(lhr, "largest-contentful-paint"),
          tbtMs: metric(lhr, "total-blocking-time"),
          cls: metric(lhr, "cumulative-layout-shift"),
          speedIndexMs: metric(lhr, "speed-index"),
          accessibilityFailures: Object.values(lhr.audits)
            .filter(
              (audit) =>
                lhr.categories.accessibility?.auditRefs.some((ref) => ref.id === audit.id) &&
                audit.score !== null &&
                audit.score < 1,
            )
            .map((audit) => audit.id),
        });
      }
      const row = {
        page: page.name,
        path: page.path.replace(ticket.id, "[id]"),
        formFactor,
        performance: median(samples.map((sample) => sample.performance)),
        accessibility: median(samples.map((sample) => sample.accessibility)),
        samples,
      };
      results.push(row);
      console.log(
        `${row.page.padEnd(18)} ${formFactor.padEnd(7)} performance ${String(row.performance).padStart(3)}  accessibility ${String(row.accessibility).padStart(3)}  (${samples.map((s) => s.performance).join(", ")})${
          samples.some((s) => s.accessibilityFailures.length)
            ? `  a11y: ${[...new Set(samples.flatMap((s) => s.accessibilityFailures))].join(", ")}`
            : ""
        }`,
      );
    }

  console.log(
    "\nMedian of each page's runs; a busy machine (load average in the results file) lowers the mobile scores.",
  );
  const date = new Date().toISOString().slice(0, 10);
  mkdirSync("bench/results", { recursive: true });
  const file = `bench/results/${date}-lighthouse.json`;
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        lighthouse: (
          JSON.parse(readFileSync("node_modules/lighthouse/package.json", "utf8")) as {
            version: string;
          }
        ).version,
        runsPerPage: runs,
        targets: { performance: 90, accessibility: 100 },
        results,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nWritten to ${file}.`);
} finally {
  await cleanUp();
}
