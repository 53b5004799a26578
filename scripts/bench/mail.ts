/**
 * `npm run bench:mail -- [burst=2000] [rate=30] [seconds=20]`: how fast the mail worker drains
 * the outbox through the real Resend SDK against the in-process fake Resend server. Phase 1
 * enqueues `burst` emails at once (each in its own transaction, like a login) and reports
 * emails/s and the worst delay from commit to arrival; phase 2 enqueues `rate` a second for
 * `seconds` and reports the worst lag (target ≤ 5 s). Worker sizing comes from the usual
 * MAIL_* variables (LOG_LEVEL=warn keeps the per-job log lines out). Uses a throwaway embedded PostgreSQL unless DATABASE_URL is set.
 */
import { closeDb, getDb } from "../../db/client";
import { ensureDatabase, startEmbeddedPostgres } from "../../db/embedded";
import { runMigrations } from "../../db/migrate";
import { startFakeResend } from "../../e2e/support/fake-resend";
import { enqueueEmail } from "../../lib/mail/enqueue-email";
import { stopBoss } from "../../lib/mail/queue";
import { mailWorkerSizing, startMailWorker } from "../../lib/mail/worker";

const burst = Number(process.argv[2] ?? 2000);
const rate = Number(process.argv[3] ?? 30);
const seconds = Number(process.argv[4] ?? 20);
// Emails still undelivered this long after the last enqueue count with their lag so far.
const DRAIN_TIMEOUT_MS = Number(process.env.BENCH_DRAIN_TIMEOUT_SECONDS ?? 60) * 1000;

let stopServer = async () => {};
if (!process.env.DATABASE_URL) {
  const server = await startEmbeddedPostgres({
    dataDir: `.test-data/bench-mail-${process.pid}`,
    persistent: false,
  });
  await ensureDatabase(server.adminUrl, "bench");
  process.env.DATABASE_URL = server.urlFor("bench");
  stopServer = server.stop;
}
await runMigrations(process.env.DATABASE_URL);

const fake = await startFakeResend();
process.env.RESEND_API_KEY = "re_bench_key";
process.env.RESEND_BASE_URL = fake.url;
process.env.MAIL_FROM ??= "CLICO Bench <bench@clico.pl>";

const committedAt = new Map<string, number>();
async function enqueueOne(label: string) {
  const { id } = await getDb().transaction((tx) =>
    enqueueEmail(tx, {
      to: "bench@example.com",
      subject: label,
      html: `<p>${label}</p>`,
      text: label,
    }),
  );
  committedAt.set(id, Date.now());
  return id;
}

/** Waits until every id has arrived at the fake server (or the timeout); returns arrival times. */
async function arrivals(ids: string[], deadline: number) {
  const wanted = new Set(ids);
  for (;;) {
    const seen = new Map<string, number>();
    for (const email of fake.emails()) {
      const id = email.idempotencyKey?.replace("outbox/", "");
      if (id && wanted.has(id) && !seen.has(id)) seen.set(id, Date.parse(email.createdAt));
    }
    if (seen.size === wanted.size || Date.now() > deadline) return seen;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function summarize(ids: string[], seen: Map<string, number>) {
  const now = Date.now();
  const lags = ids.map((id) => (seen.get(id) ?? now) - committedAt.get(id)!);
  const sorted = [...lags].sort((a, b) => a - b);
  const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return {
    delivered: seen.size,
    undelivered: ids.length - seen.size,
    p50: p(0.5),
    p95: p(0.95),
    max: sorted.at(-1)!,
  };
}

const sizing = mailWorkerSizing();
console.log(
  `workers ${sizing.workers}, batch ${sizing.batchSize}, polling ${process.env.MAIL_POLLING_INTERVAL_SECONDS ?? "default"} s`,
);
const worker = await startMailWorker();

// Phase 1: a burst, enqueued 10 at a time (the database pool's size).
{
  const started = Date.now();
  const ids: string[] = [];
  for (let i = 0; i < burst; i += 10) {
    const chunk = Array.from({ length: Math.min(10, burst - i) }, (_, j) => `Burst ${i + j}`);
    ids.push(...(await Promise.all(chunk.map(enqueueOne))));
  }
  const enqueued = Date.now();
  const seen = await arrivals(ids, enqueued + DRAIN_TIMEOUT_MS);
  const last = Math.max(...seen.values());
  const s = summarize(ids, seen);
  console.log(
    `burst ${burst}: enqueued in ${((enqueued - started) / 1000).toFixed(1)} s; ` +
      `${((s.delivered * 1000) / (last - started)).toFixed(0)} emails/s; ` +
      `delay p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms` +
      (s.undelivered ? `; ${s.undelivered} not delivered within the timeout` : ""),
  );
}

// Phase 2: a steady rate.
{
  const ids: string[] = [];
  const pending: Promise<unknown>[] = [];
  const started = Date.now();
  for (let i = 0; i < rate * seconds; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(enqueueOne(`Steady ${i}`).then((id) => ids.push(id)));
  }
  await Promise.all(pending);
  const seen = await arrivals(ids, Date.now() + DRAIN_TIMEOUT_MS);
  const s = summarize(ids, seen);
  console.log(
    `steady ${rate}/s for ${seconds} s: lag p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms` +
      (s.undelivered ? `; ${s.undelivered} not delivered within the timeout` : "") +
      (s.max <= 5000 ? " (target ≤ 5 s met)" : " (target ≤ 5 s NOT met)"),
  );
}

await worker.stop();
await stopBoss();
await closeDb();
await fake.stop();
await stopServer();
