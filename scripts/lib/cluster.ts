import cluster, { type Worker } from "node:cluster";

/**
 * Runs `count` copies of this script as node:cluster workers sharing one port, so rendering
 * uses every core. A worker that dies after it listened is replaced; one that dies before
 * (a refused setting, a port in use) stops them all with its exit code, so a broken start
 * fails as a single process would. SIGINT/SIGTERM stop every worker, then the primary.
 */
export function runCluster(count: number, onReady: () => void): void {
  let listening = 0;
  let stopping = false;

  function stop(code: number) {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    if (!workers.length) process.exit(code);
    let left = workers.length;
    for (const worker of workers) {
      worker.once("exit", () => {
        if (--left === 0) process.exit(code);
      });
      worker.kill("SIGTERM");
    }
  }

  function fork() {
    const worker = cluster.fork();
    let listened = false;
    worker.once("listening", () => {
      listened = true;
      listening++;
      if (listening === count) onReady();
    });
    worker.once("exit", (code, signal) => {
      if (stopping) return;
      if (!listened) {
        console.error(`A server process ended before it listened (${signal ?? code}): stopping.`);
        stop(code || 1);
        return;
      }
      console.error(
        `Server process ${worker.process.pid} ended (${signal ?? code}): starting another.`,
      );
      fork();
    });
  }

  for (let i = 0; i < count; i++) fork();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop(0));
}
