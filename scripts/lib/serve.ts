import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import next from "next";
import {
  appEnv,
  assertProductionConfig,
  serverProcessCount,
  trustedProxyCount,
} from "../../lib/env";
import { isAllowedHost } from "../../lib/http/allowed-host";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "../../lib/http/client-address";
import { runCluster } from "./cluster";

/**
 * The portal's HTTP server, for `npm start` and `npm run dev` alike: Next's request handler
 * behind a node:http server of our own, because only the socket knows the client's address
 * (Next passes none to the App Router and fills X-Forwarded-For only when the client sent none).
 * In production it runs WEB_CONCURRENCY such servers (one per core by default) on the one port.
 */
export async function serve({ dev }: { dev: boolean }): Promise<void> {
  // Refuse a bad setting before anything listens (Next runs instrumentation.ts, which checks
  // too, only once the server is up): one decides whose address the limits see.
  assertProductionConfig();
  const trustedProxies = trustedProxyCount();
  const port = Number(process.env.PORT || 3000);
  if (dev) process.env.APP_URL ??= `http://localhost:${port}`;
  // In production Auth.js trusts no Host header: it builds every URL from AUTH_URL, which is
  // APP_URL unless set (auth.config.ts trusts the host only then).
  else process.env.AUTH_URL ??= appEnv.appUrl();
  const appUrl = appEnv.appUrl();
  // Development listens on this machine only unless HOST says otherwise; production on every
  // interface, as `next start` does.
  const hostname = process.env.HOST || (dev ? "localhost" : undefined);
  const where = `http://${hostname ?? "localhost"}:${port}`;

  const processes = dev ? 1 : serverProcessCount(availableParallelism());
  if (processes > 1 && cluster.isPrimary) {
    runCluster(processes, () =>
      console.log(`CLICO Support System on ${where} (production, ${processes} processes)`),
    );
    return;
  }

  const app = next({ dev, turbopack: dev, hostname: hostname ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = createServer((request, response) => {
    // Load balancers probe by address, not by name.
    const isHealthCheck = request.url === "/api/health";
    if (!isHealthCheck && !isAllowedHost(request.headers.host, appUrl, dev)) {
      response
        .writeHead(421, { "Content-Type": "text/plain; charset=utf-8" })
        .end(`This server answers only for ${new URL(appUrl).host} (APP_URL).\n`);
      return;
    }
    delete request.headers[CLIENT_ADDRESS_HEADER];
    const address = resolveClientAddress(
      request.socket.remoteAddress,
      request.headers["x-forwarded-for"],
      trustedProxies,
    );
    if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
    void handle(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  if (cluster.isWorker) return;
  console.log(`CLICO Support System on ${where} (${dev ? "development" : "production"})`);
}
