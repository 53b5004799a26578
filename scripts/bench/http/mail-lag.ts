import { getPool } from "../../../db/client";
import type { Email } from "../../../e2e/support/fake-resend";

// After the login case, how long to wait for the outbox to deliver what is left.
const DRAIN_SECONDS = 30;

/**
 * How far behind the outbox was during a login step-1 case that started at `since`: for each
 * login-code email, the time from its outbox row (written in the login's transaction) to the
 * fake Resend receiving it, and how many were still unsent when the load stopped.
 */
export async function loginCodeLags(
  mailUrl: string,
  since: Date,
): Promise<{ lagsMs: number[]; unsentAtEnd: number }> {
  const rows = async () =>
    (
      await getPool().query<{ id: string; createdAt: Date; status: string }>(
        `select id, created_at as "createdAt", status from email_outbox
         where created_at >= $1 and subject ilike '%verification code%'`,
        [since],
      )
    ).rows;
  const atEnd = await rows();
  const unsentAtEnd = atEnd.filter((row) => row.status !== "sent").length;
  const deadline = Date.now() + DRAIN_SECONDS * 1000;
  let current = atEnd;
  while (current.some((row) => row.status === "pending") && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    current = await rows();
  }
  const emails = (await (await fetch(`${mailUrl}/__emails`)).json()) as Email[];
  const arrived = new Map<string, number>();
  for (const email of emails) {
    const id = email.idempotencyKey?.replace("outbox/", "");
    if (id) arrived.set(id, Date.parse(email.createdAt));
  }
  const now = Date.now();
  // Not delivered yet: as late as it is now.
  const lagsMs = current.map((row) => (arrived.get(row.id) ?? now) - row.createdAt.getTime());
  return { lagsMs, unsentAtEnd };
}

export const clearMailbox = (mailUrl: string) => fetch(`${mailUrl}/__emails`, { method: "DELETE" });
