import { getPool } from "../../../db/client";
import { hashSecret, verifySecret } from "../../../lib/crypto/secrets";
import { benchUuid } from "../ids";
import { ENGINEERS, userId } from "../generate";

/** Every generated bench user logs in with this password (set by `preparePasswords`). */
export const BENCH_PASSWORD = "Bench-Password-2026";
export const CREATED_SUBJECT = "Bench HTTP: created ticket";
const LONG_TICKET = benchUuid("'bench-http-100-messages'");
const REPLY_TICKET = benchUuid("'bench-http-reply-target'");

export type BenchAccount = { id: string; login: string; email: string };
export type Fixtures = {
  customer: BenchAccount;
  engineer: BenchAccount;
  /** Every generated customer's login, for login step 1 (one account after another). */
  customerLogins: string[];
  longTicket: { id: string; number: number };
  replyTicketId: string;
  serial: string;
};

const sql = async <T>(text: string, values: unknown[] = []) =>
  (await getPool().query<T & object>(text, values)).rows;

/** What the run needs in the bench database, created idempotently. */
export async function prepareFixtures(): Promise<Fixtures> {
  await preparePasswords();
  const [engineer] = await sql<BenchAccount>(
    `select id, login, email from users where id = ${userId(0)}`,
  );
  // The customer with the most contracts, as bench:queue picks.
  const [customer] = await sql<BenchAccount>(
    `select u.id, u.login, u.email from contract_activations a join users u on u.id = a.user_id
     group by u.id order by count(*) desc, u.id limit 1`,
  );
  const customerLogins = (
    await sql<{ login: string }>(
      `select login from users where login ~ '^bench[0-9]+$' and role = 'customer' order by login`,
    )
  ).map((row) => row.login);
  await removeLeftovers(customer!.id);
  const longTicket = await ticketWithMessages(
    LONG_TICKET,
    "Bench HTTP: 100 messages",
    customer!,
    engineer!,
    100,
  );
  const replyTicket = await ticketWithMessages(
    REPLY_TICKET,
    "Bench HTTP: reply target",
    customer!,
    engineer!,
    0,
  );
  // The serial of an open ticket's asset, as an engineer would paste it (as bench:queue does).
  const [{ serial }] = (await sql<{ serial: string }>(
    `select a.serial_number as serial from tickets t join assets a on a.id = t.asset_id
     where t.status in ('new', 'open') order by t.number desc limit 1`,
  )) as [{ serial: string }];
  return {
    customer: customer!,
    engineer: engineer!,
    customerLogins,
    longTicket,
    replyTicketId: replyTicket.id,
    serial,
  };
}

/** One argon2id hash (the app's own) for every generated user, unless they have it already. */
async function preparePasswords() {
  const [first] = await sql<{ hash: string | null }>(
    `select password_hash as hash from users where id = ${userId(ENGINEERS)}`,
  );
  if (first?.hash && (await verifySecret(first.hash, BENCH_PASSWORD))) return;
  const hash = await hashSecret(BENCH_PASSWORD);
  await sql(`update users set password_hash = $1 where login ~ '^bench[0-9]+$'`, [hash]);
}

/** Tickets the create-ticket case made and the reply case's replies, from earlier runs. */
export async function removeLeftovers(customerId: string) {
  await sql(`delete from tickets where requester_id = $1 and subject = $2`, [
    customerId,
    CREATED_SUBJECT,
  ]);
  await sql(`delete from ticket_messages where ticket_id = ${REPLY_TICKET}`);
}

/** Login step 1 sends at most 10 codes an hour per account: start each run with none counted. */
export async function resetLoginCodeLimits() {
  await sql(`delete from rate_limit_buckets where key like 'loginCodesPerAccount:%'`);
}

// Replies as customers and engineers write them: prose, lists, CLI output in fences.
const BODIES = [
  "Thank you, we are looking into it. Could you send the output of:\n\n```\ndiagnose debug application ike -1\ndiagnose debug enable\n```",
  "The tunnel dropped again at **03:12**. Attached the log from the night shift; the relevant part:\n\n```\nike 0:vpn-branch:12: negotiation timeout, deleting\nike 0:vpn-branch: connection expiring due to phase1 down\n```",
  "We checked the configuration:\n\n- DPD is set to *on-idle*\n- the phase 2 lifetime is 3600 s on both sides\n- NAT traversal is enabled\n\nPlease confirm this matches your side.",
  "The vendor confirmed a known issue in this build (see the [release notes](https://docs.example.com/release-notes)). The fix is in the next maintenance release.",
  "Workaround applied: we lowered the MTU on the tunnel interface to 1400. Please confirm the tunnel stays up over the weekend.",
  "Still failing after the upgrade. `get system status` shows:\n\n```\nVersion: FortiGate-100F v7.2.8,build1639\nVirus-DB: 92.01234\nHA Health Status: OK\n```\n\nAnything else we should collect?",
  "Could you schedule a maintenance window? We need about 30 minutes to fail over to the secondary unit and back.",
  "Customer reports the tunnel is stable again. We will keep the ticket open for 48 hours and close it if nothing changes.",
];

/** A ticket of the customer's (cloned from their newest support ticket) with `count` replies. */
async function ticketWithMessages(
  id: string,
  subject: string,
  customer: BenchAccount,
  engineer: BenchAccount,
  count: number,
): Promise<{ id: string; number: number }> {
  await sql(
    `insert into tickets (id, number, type, subject, description, priority, status, requester_id,
       asset_id, contract_id, vendor, assignee_id, first_response_due_at, resolution_due_at,
       first_responded_at, created_at, updated_at)
     select ${id}, nextval('ticket_number_seq'), type, $2, description, priority, 'open', requester_id,
       asset_id, contract_id, vendor, $3, now() + interval '8 hours', now() + interval '10 days',
       now(), now(), now()
     from tickets where requester_id = $1 and type = 'support' order by number desc limit 1
     on conflict (id) do nothing`,
    [customer.id, subject, engineer.id],
  );
  const [{ messages }] = (await sql<{ messages: number }>(
    `select count(*)::int as messages from ticket_messages where ticket_id = ${id}`,
  )) as [{ messages: number }];
  if (messages !== count) {
    await sql(`delete from ticket_messages where ticket_id = ${id}`);
    for (let m = 0; m < count; m++) {
      await sql(
        `insert into ticket_messages (ticket_id, author_id, body, internal, created_at)
         values (${id}, $1, $2, false, now() - interval '1 day' + $3 * interval '1 minute')`,
        [
          m % 2 ? engineer.id : customer.id,
          `${BODIES[m % BODIES.length]}\n\n(message ${m + 1})`,
          m,
        ],
      );
    }
  }
  const [ticket] = await sql<{ id: string; number: string }>(
    `select id, number from tickets where id = ${id}`,
  );
  return { id: ticket!.id, number: Number(ticket!.number) };
}
