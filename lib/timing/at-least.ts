import { setTimeout as sleep } from "node:timers/promises";

/**
 * Runs `work` and settles no sooner than `ms` after the start, whatever the outcome: answers
 * that must not tell whether an account exists take the same time either way (the work for a
 * known account stays well below `ms`).
 */
export async function takingAtLeast<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await work();
  } finally {
    await sleep(Math.max(0, ms - (Date.now() - started)));
  }
}
