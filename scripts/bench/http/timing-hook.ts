/**
 * Preloaded into the portal's server by `bench:http` with BENCH_TIMING_DIR set (NODE_OPTIONS
 * `--import`): sums, per request carrying an `x-bench-case` header, the time spent in pg queries
 * and the time until the response finished, and writes the totals per label to
 * `$BENCH_TIMING_DIR/<pid>.json` twice a second. Nothing of it is loaded otherwise.
 * Concurrent queries of one request add up, so SQL time can exceed the request's wall time.
 */
import { AsyncLocalStorage, AsyncResource } from "node:async_hooks";
import { writeFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";

type Request = { sqlMs: number; queries: number };
export type TimingTotals = Record<
  string,
  { requests: number; totalMs: number; sqlMs: number; queries: number }
>;

const dir = process.env.BENCH_TIMING_DIR;
const current = new AsyncLocalStorage<Request>();
const totals: TimingTotals = {};
let dirty = false;

type Callback = (...args: unknown[]) => void;
type Pg = {
  Client: { prototype: { query: (...args: unknown[]) => unknown } };
  Pool: { prototype: { connect: (callback?: Callback) => unknown } };
};

function patchPg(pg: Pg) {
  const { query } = pg.Client.prototype;
  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    const request = current.getStore();
    if (!request) return query.apply(this, args);
    const started = performance.now();
    const done = () => {
      request.sqlMs += performance.now() - started;
      request.queries++;
    };
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last] as Callback;
      args[last] = (...results: unknown[]) => {
        done();
        callback(...results);
      };
      return query.apply(this, args);
    }
    const result = query.apply(this, args);
    if (result instanceof Promise) void result.then(done, done);
    return result;
  };
  // pg-pool calls a waiting caller back from whichever request released a client: keep the
  // caller's own context, or its queries would count for that other request.
  const { connect } = pg.Pool.prototype;
  pg.Pool.prototype.connect = function (this: unknown, callback?: Callback) {
    return connect.call(this, callback && AsyncResource.bind(callback));
  };
}

function patchServer() {
  const emit = http.Server.prototype.emit as (event: string, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
    const label = event === "request" ? request.headers["x-bench-case"] : undefined;
    if (typeof label !== "string") return emit.call(this, event, ...args);
    const timing: Request = { sqlMs: 0, queries: 0 };
    const started = performance.now();
    response.once("finish", () => {
      const entry = (totals[label] ??= { requests: 0, totalMs: 0, sqlMs: 0, queries: 0 });
      entry.requests++;
      entry.totalMs += performance.now() - started;
      entry.sqlMs += timing.sqlMs;
      entry.queries += timing.queries;
      dirty = true;
    });
    return current.run(timing, () => emit.call(this, event, ...args));
  } as typeof http.Server.prototype.emit;
}

if (dir) {
  patchPg(createRequire(path.join(process.cwd(), "package.json"))("pg") as Pg);
  patchServer();
  const file = path.join(dir, `${process.pid}.json`);
  setInterval(() => {
    if (!dirty) return;
    dirty = false;
    writeFileSync(file, JSON.stringify(totals));
  }, 500).unref();
}
