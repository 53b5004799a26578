import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import {
  auditEvents,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  users,
  type TicketPriority,
  type TicketStatus,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getVisibleTicket } from "./get-ticket";
import { assertTicketPermission } from "./policy";
import { personName } from "@/lib/format";
import { msg } from "@/lib/i18n/message";
import { translatorFor } from "@/lib/i18n/translator";

export type HistoryField = "status" | "priority" | "assignee";

export type TicketHistoryEntry = {
  id: number;
  /** "System" when no user did it (or the account is gone). */
  actorName: string;
  action: string;
  /** The one value that changed, with names and labels resolved; null for events without one. */
  change: { field: HistoryField; from: string | null; to: string | null } | null;
  details: Record<string, unknown>;
  at: Date;
  /**
   * A readable sentence, e.g. "Piotr Wiśniewski changed status from Open to Waiting for
   * customer": a `msg` (lib/i18n/message.ts) the page writes in the reader's language.
   */
  sentence: string;
};

/**
 * What a sentence names the changed value by, where `change` has its English label: a status's
 * or a priority's code (the catalog has its words), an assignee's name, or FORMER_USER.
 */
type ChangeWords = { from: string | null; to: string | null };

/** An assignee whose account is gone: the catalog's "a former user". */
const FORMER_USER = "formerUser";

type RawChange = { field: HistoryField; from: unknown; to: unknown };

const str = (value: unknown) => (typeof value === "string" && value ? value : null);

/**
 * Which value an event changed. Use cases write their from/to as `<field>From`/`<field>To`
 * (statusFrom, priorityTo, assigneeIdFrom…), `from<Field>`/`to<Field>`, or plain `from`/`to`
 * with the field named by the action; all are read here so the history never misses one.
 */
function rawChange(action: string, details: Record<string, unknown>): RawChange | null {
  const fields: Array<[HistoryField, string[]]> = [
    ["status", ["status"]],
    ["priority", ["priority"]],
    ["assignee", ["assigneeId", "assignee"]],
  ];
  for (const [field, names] of fields) {
    for (const name of names) {
      const cap = name[0]!.toUpperCase() + name.slice(1);
      const fromKeys = [`${name}From`, `from${cap}`, `previous${cap}`];
      const toKeys = [`${name}To`, `to${cap}`, name];
      const fromKey = fromKeys.find((key) => key in details);
      const toKey = toKeys.find((key) => key in details);
      if (fromKey || (toKey && toKey !== name)) {
        return {
          field,
          from: fromKey ? details[fromKey] : null,
          to: toKey ? details[toKey] : null,
        };
      }
    }
  }
  if ("from" in details || "to" in details) {
    const field = fields.find(([f]) => action.includes(f === "assignee" ? "assign" : f))?.[0];
    if (field) return { field, from: details.from, to: details.to };
  }
  if (action.includes("assign") && "assigneeId" in details)
    return { field: "assignee", from: null, to: details.assigneeId };
  return null;
}

// `change` names values by their English words (the sentence says them in the reader's).
const english = translatorFor("en", "enums");
const statusLabel = (value: string | null) =>
  value
    ? (TICKET_STATUSES as readonly string[]).includes(value)
      ? english(`staffStatus.${value as TicketStatus}`)
      : value
    : null;
const priorityText = (value: string | null) =>
  value
    ? (TICKET_PRIORITIES as readonly string[]).includes(value)
      ? english(`priority.${value as TicketPriority}`)
      : value
    : null;

const history = (key: string, values: Record<string, string>) =>
  msg(`errors.tickets.history.${key}`, values);

/**
 * The sentence for one event, as a `msg`: exported for tests and for other views of the audit
 * log. `words` names the changed value for the catalog (codes, names); without it the sentence
 * names what `change` holds.
 */
export function describeTicketEvent(
  entry: Omit<TicketHistoryEntry, "sentence">,
  words: ChangeWords | null = entry.change,
): string {
  const who = entry.actorName;
  const change = entry.change;
  const details = entry.details;
  const from = words?.from ?? "none";
  const to = words?.to ?? "none";
  const statusMoved = change?.field === "status" && change.from !== change.to && change.to;
  switch (entry.action) {
    case "ticket.create": {
      const priority = str(details.priority);
      return priority
        ? history("createdWithPriority", { who, priority })
        : history("created", { who });
    }
    case "ticket.reply":
      return statusMoved
        ? history("repliedStatus", { who, from, to })
        : history("replied", { who });
    case "ticket.internal_note":
      return statusMoved ? history("notedStatus", { who, from, to }) : history("noted", { who });
    case "ticket.close":
      return history("closed", { who });
    case "ticket.reopen":
      return history("reopened", { who });
    case "ticket.attachment_added": {
      const file = str(details.fileName);
      return file ? history("attached", { who, file }) : history("attachedFile", { who });
    }
  }
  if (change?.field === "assignee") {
    if (!change.to)
      return change.from
        ? history("unassignedFrom", { who, from })
        : history("unassigned", { who });
    return change.from
      ? history("reassigned", { who, from, to })
      : history("assigned", { who, to });
  }
  if (change) {
    return history(change.field === "status" ? "changedStatus" : "changedPriority", {
      who,
      from,
      to,
    });
  }
  return history("other", {
    who,
    action: entry.action.replace(/^ticket\./, "").replaceAll("_", " "),
  });
}

/**
 * Every change to a ticket, oldest first, read from the audit log. Support engineers and admins
 * only: customers never see who did what inside.
 */
export async function listTicketHistory(
  actor: Actor,
  ticketId: string,
): Promise<TicketHistoryEntry[]> {
  assertTicketPermission(actor, "history");
  const ticket = await getVisibleTicket(actor, ticketId);
  const rows = await db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      details: auditEvents.details,
      createdAt: auditEvents.createdAt,
      firstName: users.firstName,
      lastName: users.lastName,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.targetType, "ticket"),
        eq(auditEvents.targetId, ticket.id),
        eq(auditEvents.outcome, "success"),
      ),
    )
    .orderBy(asc(auditEvents.createdAt), asc(auditEvents.id));

  const raw = rows.map((row) => {
    const details = row.details ?? {};
    return { row, details, change: rawChange(row.action, details) };
  });
  // Assignees are stored by id: one query for all their names.
  const ids = new Set<string>();
  for (const { change } of raw) {
    if (change?.field !== "assignee") continue;
    for (const value of [change.from, change.to]) if (isUuid(value)) ids.add(value);
  }
  const names = new Map(
    ids.size
      ? (
          await db
            .select({ id: users.id, firstName: users.firstName, lastName: users.lastName })
            .from(users)
            .where(inArray(users.id, [...ids]))
        ).map((user) => [user.id, personName(user)])
      : [],
  );
  const resolve = (field: HistoryField, value: unknown): string | null => {
    const text = str(value);
    if (field === "status") return statusLabel(text);
    if (field === "priority") return priorityText(text);
    return text ? (names.get(text) ?? (isUuid(text) ? "a former user" : text)) : null;
  };

  return raw.map(({ row, details, change }) => {
    // ticket.assign keeps the names as they were then (fromName/toName): prefer those.
    const named = (side: "from" | "to", value: unknown) =>
      (change?.field === "assignee" && value ? str(details[`${side}Name`]) : null) ??
      resolve(change!.field, value);
    // The sentence's words: codes of statuses and priorities, names (or FORMER_USER) of people.
    const word = (side: "from" | "to", value: unknown): string | null => {
      if (change?.field !== "assignee") return str(value);
      const name = named(side, value);
      return name && isUuid(str(value)) && !names.has(str(value)!) && !str(details[`${side}Name`])
        ? FORMER_USER
        : name;
    };
    const entry = {
      id: row.id,
      actorName: row.firstName ? personName(row) : "System",
      action: row.action,
      change: change
        ? { field: change.field, from: named("from", change.from), to: named("to", change.to) }
        : null,
      details,
      at: row.createdAt,
    };
    const words = change ? { from: word("from", change.from), to: word("to", change.to) } : null;
    return { ...entry, sentence: describeTicketEvent(entry, words) };
  });
}

const isUuid = (value: unknown): value is string =>
  typeof value === "string" &&
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
