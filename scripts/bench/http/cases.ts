import { randomUUID } from "node:crypto";
import type { CapturedAction, Session } from "./browser";
import type { Fixtures } from "./fixtures";
import type { LoadRequest } from "./load";

/** One row of the table: a request, who sends it, and the status a good answer has. */
export type Case = { name: string; request: LoadRequest; expect: number; session?: Session };

const page = (name: string, session: Session, path: string, expect = 200): Case => ({
  name,
  expect,
  session,
  request: { method: "GET", path, headers: {} },
});

const action = (
  name: string,
  captured: CapturedAction,
  session: Session | undefined,
  vary?: LoadRequest["vary"],
): Case => ({
  name,
  expect: 200,
  session,
  request: {
    method: "POST",
    path: captured.path,
    headers: captured.headers,
    body: captured.body,
    vary,
  },
});

export type CaseInputs = {
  fixtures: Fixtures;
  customer: Session;
  engineer: Session;
  deepPagePath: string;
  createTicket: CapturedAction;
  reply: CapturedAction;
  loginStep1: CapturedAction;
};

/** Every page and action of issue #12's table, in the order a round measures them. */
export function benchCases(inputs: CaseInputs): Case[] {
  const { fixtures, customer, engineer } = inputs;
  const ticket = fixtures.longTicket;
  const number = `CS-${String(ticket.number).padStart(6, "0")}`;
  const queue = (q: string) => `/staff/queue?q=${encodeURIComponent(q)}`;
  return [
    page("customer dashboard", customer, "/dashboard"),
    page("customer ticket list", customer, "/tickets"),
    page("customer ticket list, deep page", customer, inputs.deepPagePath),
    page("customer ticket page, 100 messages", customer, `/tickets/${ticket.id}`),
    page("customer contracts", customer, "/contracts"),
    page("customer search (one word)", customer, "/tickets?q=tunnel"),
    page("staff queue (default)", engineer, "/staff/queue"),
    page("staff queue (SLA view)", engineer, "/staff/queue?view=sla"),
    page("staff ticket page, 100 messages", engineer, `/staff/tickets/${ticket.id}`),
    page("queue search: rare word", engineer, queue("heartbeat segfaulted")),
    page("queue search: serial", engineer, queue(fixtures.serial)),
    page("queue search: common word", engineer, queue("tunnel")),
    // An open ticket's number jumps straight to it.
    page("queue search: ticket number", engineer, queue(number), 307),
    action("create a ticket (action)", inputs.createTicket, customer, varyKey(inputs.createTicket)),
    action("reply (action)", inputs.reply, customer),
    action("login step 1 (action)", inputs.loginStep1, undefined, varyLogin(inputs, fixtures)),
  ];
}

export const LOGIN_CASE = "login step 1 (action)";
export const CREATE_CASE = "create a ticket (action)";

/** Each creation gets a key of its own: a repeated key returns the same ticket. */
function varyKey(captured: CapturedAction): LoadRequest["vary"] {
  const key = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(
    /idempotencyKey[^0-9a-f]{0,10}([0-9a-f-]{36})/.exec(captured.body)?.[1] ?? "",
  )?.[0];
  if (!key) throw new Error("The create-ticket request carries no idempotency key to vary.");
  return ({ headers, body }) => ({ headers, body: body?.replaceAll(key, randomUUID()) });
}

/** Each login step 1 is for the next bench customer, so no per-account limit is reached. */
function varyLogin(inputs: CaseInputs, fixtures: Fixtures): LoadRequest["vary"] {
  const typed = inputs.customer.account.login;
  if (!inputs.loginStep1.body.includes(typed))
    throw new Error("The login request does not carry the typed login.");
  const pattern = new RegExp(`\\b${typed}\\b`, "g");
  let next = 0;
  return ({ headers, body }) => {
    const login = fixtures.customerLogins[next++ % fixtures.customerLogins.length]!;
    return { headers, body: body?.replace(pattern, login) };
  };
}
