/**
 * `npx tsx scripts/bench/queue.ts [tickets=1000000] [messagesPerTicket=2]`: times the customer
 * ticket list and the staff queue on generated data. Uses DATABASE_URL when set (it writes
 * thousands of users and a million tickets there: use a scratch database), otherwise a
 * throwaway embedded PostgreSQL.
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { Client, type QueryConfig } from "pg";
import { closeDb, getPool } from "../../db/client";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { runMigrations } from "../../db/migrate";
import type { Actor } from "../../lib/auth/actor";
import { listQueue } from "../../lib/tickets/list-queue";
import { listTickets } from "../../lib/tickets/list-tickets";
import { benchSize, generateBenchData, hasBenchData, userId } from "./generate";

const ticketCount = Number(process.argv[2] ?? 1_000_000);
const messagesPerTicket = Number(process.argv[3] ?? 2);
if (!Number.isInteger(ticketCount) || ticketCount < 1000 || !(messagesPerTicket >= 0)) {
  console.error("Usage: npx tsx scripts/bench/queue.ts [tickets=1000000] [messagesPerTicket=2]");
  process.exit(2);
}
const RUNS = 5;
const size = benchSize(ticketCount, messagesPerTicket);

const actor = (id: string, role: Actor["role"]): Actor => ({
  id,
  role,
  login: "bench",
  email: "bench@example.com",
  firstName: "Bench",
  lastName: "User",
  company: "",
});

// The queries every client ran (the last run of each case), to EXPLAIN them with their real
// parameters — and with the planner settings a transaction set before them (set_config).
type RecordedQuery = { text: string; values: unknown[]; settings?: RecordedQuery };
let recorded: RecordedQuery[] = [];
let recording = true;
function recordQueries() {
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const settingsOf = new WeakMap<object, RecordedQuery>();
  proto.query = function (this: object, ...args: unknown[]) {
    const [config, values] = args as [string | QueryConfig, unknown[] | undefined];
    const text = typeof config === "string" ? config : config.text;
    const query: RecordedQuery = {
      text,
      values: (typeof config === "string" ? values : (config.values ?? values)) ?? [],
    };
    if (/^\s*(commit|rollback)/i.test(text)) settingsOf.delete(this);
    else if (/set_config/.test(text)) settingsOf.set(this, query);
    else if (recording && /^\s*select/i.test(text)) {
      recorded.push({ ...query, settings: settingsOf.get(this) });
    }
    return original.apply(this, args);
  };
}

async function sqlOne<T>(text: string, values: unknown[] = []): Promise<T> {
  const { rows } = await getPool().query(text, values);
  return rows[0] as T;
}

type Case = { label: string; run: () => Promise<unknown> };
type Result = { label: string; median: number; rows: number; queries: RecordedQuery[] };

async function time({ label, run }: Case): Promise<Result> {
  await run(); // warm-up
  const samples: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    recorded = [];
    const started = performance.now();
    const result = (await run()) as { tickets: unknown[] };
    samples.push(performance.now() - started);
    rows = result.tickets.length;
  }
  samples.sort((a, b) => a - b);
  return { label, median: samples[Math.floor(RUNS / 2)]!, rows, queries: [...recorded] };
}

async function explain(query: RecordedQuery, analyze: boolean): Promise<string> {
  recording = false;
  const client = await getPool().connect();
  try {
    await client.query("begin");
    if (query.settings) await client.query(query.settings.text, query.settings.values);
    const { rows } = await client.query<{ "QUERY PLAN": string }>(
      `explain ${analyze ? "(analyze, buffers)" : ""} ${query.text}`,
      query.values,
    );
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  } finally {
    await client.query("rollback");
    client.release();
    recording = true;
  }
}

/** What a search must never plan: a walk over every ticket, or a hash of every matching message. */
function planFaults(plan: string): string[] {
  const faults: string[] = [];
  if (/Seq Scan on tickets/.test(plan)) faults.push("Seq Scan on tickets");
  if (/hashed SubPlan/.test(plan)) faults.push("hashed SubPlan");
  return faults;
}

let server: EmbeddedServer | undefined;
try {
  if (!process.env.DATABASE_URL) {
    console.log("Starting a throwaway embedded PostgreSQL…");
    server = await startEmbeddedPostgres({
      dataDir: path.join(tmpdir(), `clico-queue-bench-${process.pid}`),
      persistent: false,
    });
    await ensureDatabase(server.adminUrl, "clico_bench");
    process.env.DATABASE_URL = server.urlFor("clico_bench");
    await runMigrations(process.env.DATABASE_URL);
  }
  // A DATABASE_URL that already holds this many bench tickets is reused: tune, re-run.
  if (await hasBenchData(ticketCount))
    console.log("Reusing the bench data already in DATABASE_URL.\n");
  else await generateBenchData(size);
  recordQueries();

  const engineer = actor(
    await sqlOne<{ id: string }>(`select ${userId(0)} as id`).then((r) => r.id),
    "support_engineer",
  );
  // The customer with the most contracts (three: own two, plus a colleague's shared one).
  const customerRow = await sqlOne<{ id: string; contracts: number; tickets: number }>(
    `select a.user_id as id, count(*)::int as contracts,
       (select count(*)::int from tickets t where t.contract_id in
          (select contract_id from contract_activations where user_id = a.user_id)) as tickets
     from contract_activations a group by a.user_id order by count(*) desc, a.user_id limit 1`,
  );
  const customer = actor(customerRow.id, "customer");
  console.log(
    `Customer with ${customerRow.contracts} contracts sees ~${customerRow.tickets} tickets.`,
  );

  // Page 50 of the default view: walk there once, then time only its query.
  let cursor: string | undefined;
  for (let page = 1; page < 50; page++) {
    cursor = (await listQueue(engineer, { cursor })).nextCursor ?? undefined;
  }
  let dueCursor: string | undefined;
  for (let page = 1; page < 50; page++) {
    dueCursor =
      (await listQueue(engineer, { view: "open", sort: "due", cursor: dueCursor })).nextCursor ??
      undefined;
  }

  // The serial of an open ticket's asset, as an engineer would paste it.
  const { serial } = await sqlOne<{ serial: string }>(
    `select a.serial_number as serial from tickets t join assets a on a.id = t.asset_id
     where t.status in ('new', 'open') order by t.number desc limit 1`,
  );

  // Words of the generator: "please" and "debug" are in every description (and "debug" in an
  // eighth of the messages), "tunnel" in a twentieth of the subjects and an eighth of the
  // messages; "bgp" is in a twentieth of the subjects but in none of "mine" (g % 30 = 0 only
  // gets subjects 1 and 11), "heartbeat" in one message of 2,500, "ref78000" a handful of rows.
  const views = ["open", "unassigned", "mine", "waiting", "sla", "resolved"] as const;
  const sorts = ["updated", "created", "oldest", "due"] as const;
  const searches = [
    { kind: "none", q: undefined },
    { kind: "common", q: "please" },
    { kind: "common", q: "tunnel" },
    { kind: "rare", q: "heartbeat" },
  ] as const;
  const cases: Case[] = [
    { label: "customer list", run: () => listTickets(customer) },
    { label: "customer search 'tunnel'", run: () => listTickets(customer, { q: "tunnel" }) },
    ...(["updated", "created", "oldest"] as const).flatMap((sort) => [
      {
        label: `customer common 'please', ${sort}`,
        run: () => listTickets(customer, { q: "please", sort }),
      },
      {
        label: `customer common 'the', ${sort}`,
        run: () => listTickets(customer, { q: "the", sort }),
      },
    ]),
    { label: "customer rare 'ref78000'", run: () => listTickets(customer, { q: "ref78000" }) },
    { label: "customer ticket number", run: () => listTickets(customer, { q: "CS-000780" }) },
    { label: "queue: all open (default)", run: () => listQueue(engineer) },
    { label: "queue: all open, page 50", run: () => listQueue(engineer, { cursor }) },
    { label: "queue: unassigned", run: () => listQueue(engineer, { view: "unassigned" }) },
    { label: "queue: assigned to me", run: () => listQueue(engineer, { view: "mine" }) },
    { label: "queue: sla", run: () => listQueue(engineer, { view: "sla" }) },
    {
      label: "queue: sla, due soonest",
      run: () => listQueue(engineer, { view: "sla", sort: "due" }),
    },
    {
      label: "queue: open, due soonest, page 50",
      run: () => listQueue(engineer, { view: "open", sort: "due", cursor: dueCursor }),
    },
    { label: "queue: resolved recently", run: () => listQueue(engineer, { view: "resolved" }) },
    {
      label: "queue: open + company 'asseco'",
      run: () => listQueue(engineer, { company: "asseco" }),
    },
    {
      label: "queue: open + vendor f5 + critical",
      run: () => listQueue(engineer, { vendor: "f5", priority: ["critical"] }),
    },
    ...views.flatMap((view) =>
      sorts.flatMap((sort) =>
        searches.map(({ kind, q }) => ({
          label: q ? `search ${kind} '${q}': ${view}, ${sort}` : `queue: ${view}, ${sort}`,
          run: () => listQueue(engineer, { view, sort, q }),
        })),
      ),
    ),
    {
      label: "search 'bgp' (none in mine): mine",
      run: () => listQueue(engineer, { view: "mine", q: "bgp" }),
    },
    {
      label: "search common 'tunnel drops'",
      run: () => listQueue(engineer, { view: "open", q: "tunnel drops" }),
    },
    {
      label: "search rare word (messages)",
      run: () => listQueue(engineer, { view: "open", q: "heartbeat segfaulted" }),
    },
    {
      label: "search rare ref in mine (closed)",
      run: () => listQueue(engineer, { view: "mine", q: "REF7800" }),
    },
    {
      label: "search ticket number",
      run: () => listQueue(engineer, { view: "mine", q: "CS-000780" }),
    },
    {
      label: "search serial number",
      run: () => listQueue(engineer, { view: "open", q: serial }),
    },
  ];
  // BENCH_CASES=regex runs only the matching cases.
  const only = process.env.BENCH_CASES ? new RegExp(process.env.BENCH_CASES, "i") : null;
  const results: Result[] = [];
  for (const item of cases) if (!only || only.test(item.label)) results.push(await time(item));

  const width = Math.max(38, ...results.map((result) => result.label.length));
  console.log(`\n${"case".padEnd(width)} ${"median ms".padStart(10)} ${"rows".padStart(5)}  plan`);
  const faulty: Array<{ result: Result; plan: string }> = [];
  for (const result of results) {
    const flag = result.median > 100 ? "  ← slow" : "";
    // Each statement of a search's last run, planned again: none may walk or hash everything.
    let faults: string[] = [];
    if (/search/.test(result.label)) {
      for (const query of result.queries) {
        const plan = await explain(query, false);
        const found = planFaults(plan);
        if (found.length && !faults.length) faulty.push({ result, plan });
        faults = [...new Set([...faults, ...found])];
      }
    }
    console.log(
      `${result.label.padEnd(width)} ${result.median.toFixed(1).padStart(10)} ${String(result.rows).padStart(5)}  ${faults.join(", ") || "ok"}${flag}`,
    );
  }
  const slowest = results.reduce((a, b) => (b.median > a.median ? b : a));
  const slowestQuery = slowest.queries.at(-1);
  if (slowestQuery) {
    console.log(`\nEXPLAIN of the slowest (${slowest.label}):`);
    console.log((await explain(slowestQuery, true)).replace(/\{[0-9a-f,-]{200,}\}/g, "{…ids…}"));
  }
  for (const { result, plan } of faulty.slice(0, 3)) {
    console.log(`\nEXPLAIN of a faulty plan (${result.label}):\n${plan}`);
  }
} finally {
  await closeDb();
  await server?.stop();
}
