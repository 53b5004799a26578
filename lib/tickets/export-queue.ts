import { stringify } from "csv-stringify/sync";
import { db } from "@/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { neutraliseFormulas } from "@/lib/csv/neutralise-formulas";
import { serviceLevelLabel } from "@/lib/contracts/service-levels";
import type { RequestContext } from "@/lib/http/request-context";
import { logger } from "@/lib/logger";
import { formatSlaClock, slaState } from "@/lib/sla/due-times";
import { vendorName } from "@/lib/vendors";
import { listQueue, type QueueItem } from "./list-queue";
import { assertTicketPermission } from "./policy";
import { queueQuerySchema, type QueueQuery, type QueueQueryInput } from "./queue-query";
import { formatTicketNumber } from "./ticket-number";
import { translatorFor } from "@/lib/i18n/translator";

/** An export stops after this many rows; the audit event then says `truncated`. */
export const EXPORT_MAX_ROWS = 50_000;
const PAGE_SIZE = 100;

export const EXPORT_COLUMNS = [
  "number",
  "subject",
  "type",
  "status",
  "priority",
  "requester",
  "company",
  "contract",
  "service level",
  "vendor",
  "product",
  "assignee",
  "created",
  "updated",
  "first response due",
  "resolution due",
  "SLA state",
] as const;

const iso = (date: Date | null) => (date ? date.toISOString() : "");

/** The CSV is in English whatever the page's language: a file for spreadsheets and scripts. */
const enums = translatorFor("en", "enums");

/** The clock a queue row shows (least time left, else a breach, else resolution), as text. */
function slaText(item: QueueItem, now: Date): string {
  const { firstResponse, resolution } = slaState(item, now);
  const clocks = [
    { name: "Response", clock: firstResponse },
    { name: "Resolution", clock: resolution },
  ];
  const live = clocks
    .filter(({ clock }) => clock.secondsLeft !== null)
    .sort((a, b) => (a.clock.secondsLeft ?? 0) - (b.clock.secondsLeft ?? 0));
  const shown = live[0] ?? clocks.find(({ clock }) => clock.state === "breached") ?? clocks[1]!;
  return `${shown.clock.state} (${shown.name}: ${formatSlaClock(shown.clock)})`;
}

// Only queue columns: the select behind listQueue reads no description, message or note.
function toRecord(item: QueueItem, now: Date): string[] {
  return [
    formatTicketNumber(item.number),
    item.subject,
    enums(`type.${item.type}`),
    enums(`staffStatus.${item.status}`),
    enums(`priority.${item.priority}`),
    item.requesterName,
    item.requesterCompany,
    item.contractNumber ?? "",
    item.serviceLevel ? serviceLevelLabel(item.serviceLevel) : "",
    item.vendor ? vendorName(item.vendor) : "",
    item.product ?? "",
    item.assigneeName ?? "",
    iso(item.createdAt),
    iso(item.updatedAt),
    iso(item.firstResponseDueAt),
    iso(item.resolutionDueAt),
    slaText(item, now),
  ];
}

// Subjects, names and company names are typed by customers: no cell may start a formula in a
// spreadsheet, whichever list separator it uses.
const toCsv = (records: string[][]) => stringify(records, { cast: { string: neutraliseFormulas } });

export type ExportQueueOptions = {
  context?: RequestContext;
  /** Tests lower it to exercise the cap. */
  maxRows?: number;
};

/**
 * The staff queue as CSV chunks: every page of the query's view, filters, search and sort
 * (from the first page, whatever its cursor), UTF-8 with a BOM so spreadsheets read accents.
 * Staff only — the permission is checked on the call, before anything is read, so a route
 * can still answer 403; listQueue scopes each page again. The first chunk holds the header
 * and the first page. One `ticket.export` audit event when the walk ends: finished, capped,
 * failed or abandoned by the reader, with the rows handed out by then.
 */
export function exportQueueCsv(
  actor: Actor,
  rawQuery: QueueQueryInput = {},
  { context, maxRows = EXPORT_MAX_ROWS }: ExportQueueOptions = {},
): AsyncIterable<string> {
  assertTicketPermission(actor, "export");
  const { cursor: _cursor, limit: _limit, ...query } = queueQuerySchema.parse(rawQuery);
  return walkQueue(actor, query, { context, maxRows });
}

async function* walkQueue(
  actor: Actor,
  query: Omit<QueueQuery, "cursor" | "limit">,
  { context, maxRows }: Required<Pick<ExportQueueOptions, "maxRows">> & ExportQueueOptions,
): AsyncGenerator<string> {
  let rows = 0;
  let isTruncated = false;
  let isComplete = false;
  let pending = `\uFEFF${stringify([[...EXPORT_COLUMNS]])}`;
  try {
    let cursor: string | undefined;
    do {
      const page = await listQueue(actor, { ...query, cursor, limit: PAGE_SIZE });
      const items = page.tickets.slice(0, maxRows - rows);
      const now = new Date();
      const chunk = pending + toCsv(items.map((item) => toRecord(item, now)));
      pending = "";
      rows += items.length;
      if (chunk) yield chunk;
      cursor = page.nextCursor ?? undefined;
      if (rows >= maxRows && (cursor || items.length < page.tickets.length)) {
        isTruncated = true;
        break;
      }
    } while (cursor);
    if (pending) yield pending;
    isComplete = true;
  } finally {
    try {
      await recordAuditEvent(db, {
        actorId: actor.id,
        action: "ticket.export",
        outcome: isComplete ? "success" : "failure",
        ip: context?.ip,
        userAgent: context?.userAgent,
        details: { rows, truncated: isTruncated, complete: isComplete, query },
      });
    } catch (error) {
      // An audit failure must not hide the export's own error, if any.
      logger.error({ err: error, actorId: actor.id, rows }, "could not audit a queue export");
    }
  }
}
