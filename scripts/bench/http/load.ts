import autocannon from "autocannon";
import { percentile, type RoundResult } from "./stats";

/** One request autocannon sends; `vary` rewrites it before each send (new account, new key). */
export type LoadRequest = {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
  vary?: (request: { headers: Record<string, string>; body?: string }) => {
    headers: Record<string, string>;
    body?: string;
  };
};

export type LoadOptions = {
  url: string;
  connections: number;
  durationSeconds: number;
  /** Requests per second over all connections; unset: as fast as the server answers. */
  overallRate?: number;
};

// Each request comes from an address of its own (the server trusts one proxy), so the
// per-address limits never add up over a run.
let addressCounter = 0;
export const nextAddress = () => {
  addressCounter = (addressCounter + 1) % 65_000;
  return `198.18.${addressCounter >> 8}.${addressCounter & 255 || 1}`;
};

/** Drives one request with autocannon; latencies and statuses are counted per response. */
export async function drive(request: LoadRequest, options: LoadOptions): Promise<RoundResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let badResponses = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        overallRate: options.overallRate,
        timeout: 30,
        requests: [
          {
            method: request.method,
            path: request.path,
            headers: request.headers,
            body: request.body,
            setupRequest: (built) => {
              const varied = request.vary?.({
                headers: request.headers,
                body: request.body,
              }) ?? { headers: request.headers, body: request.body };
              return {
                ...built,
                headers: { ...varied.headers, "x-forwarded-for": nextAddress() },
                body: varied.body,
              };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error as Error) : resolve(done)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      if (statusCode < 200 || statusCode >= 400) badResponses++;
    });
  });
  return {
    reqPerSec: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: badResponses + result.errors, // autocannon counts timeouts among errors
    statuses,
  };
}
