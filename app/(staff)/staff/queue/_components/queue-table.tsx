"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition, type ReactNode } from "react";
import { saveQueueOrder } from "@/components/tickets/queue-order";
import { ProductCell } from "@/components/tickets/product-cell";
import { PriorityBadge, StatusBadge } from "@/components/tickets/ticket-badges";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { SelectField } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";
import type { TicketPriority, TicketStatus } from "@/lib/enums";
import { callAction } from "@/components/forms/call-action";
import type { FormState } from "@/lib/actions/form-action";
import type { BulkUpdateResult } from "@/lib/tickets/bulk-update";
import { useMessageText } from "@/components/i18n/use-message-text";
import {
  BULK_STATUSES,
  bulkUpdateFormSchema,
  type BulkUpdateFormInput,
} from "@/lib/tickets/queue-query";
import { KeyboardShortcuts } from "../../_components/keyboard-shortcuts";
import { SlaCell } from "./sla-cell";
import type { SlaSummary } from "./sla-summary";
import { NeedsJavaScript } from "@/components/ui/needs-javascript";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";

export type QueueRow = {
  id: string;
  number: string;
  subject: string;
  typeLabel: string;
  status: TicketStatus;
  priority: TicketPriority;
  requesterName: string;
  requesterCompany: string;
  contract: string | null;
  product: string | null;
  assigneeName: string | null;
  updated: string;
  sla: SlaSummary;
};

// The table's classes, and the rows' shortcut target (keyboard-shortcuts.tsx: j and k).
const ROW_SELECTED = "bg-navy-50";
const ROW_HOVER = "hover:bg-slate-50";
const NUMBER_CELL = "font-mono whitespace-nowrap";
const SUBJECT_CELL = "min-w-64 max-w-md";
const NOWRAP = "whitespace-nowrap";
const ROW_SHORTCUT = "queue-ticket";

type FieldErrors = Partial<Record<"ticketIds" | "assignee" | "status", string>>;

type Words = ReturnType<typeof useTranslations<"desk.queue">>;

function resultMessage(
  t: Words,
  text: (message: string) => string,
  result: BulkUpdateResult,
  numbers: Map<string, string>,
): string {
  if (!result.failed.length) return t("bulk.updated", { count: result.updated });
  const failures = result.failed
    .map((failure) =>
      t("bulk.failure", {
        number: numbers.get(failure.ticketId) ?? failure.ticketId,
        message: text(failure.message),
      }),
    )
    .join("; ");
  return t("bulk.updatedSomeFailed", {
    count: result.updated,
    failed: result.failed.length,
    failures,
  });
}

/** The queue's rows with a checkbox each and the bulk "assign / set status" bar above them. */
export function QueueTable({
  rows,
  staff,
  action,
  empty,
}: {
  rows: QueueRow[];
  staff: Array<{ id: string; name: string }>;
  action: (
    state: FormState<BulkUpdateResult>,
    input: BulkUpdateFormInput,
  ) => Promise<FormState<BulkUpdateResult>>;
  /** Shown instead of the table when the view is empty; the last bulk result stays above it. */
  empty: ReactNode;
}) {
  const t = useTranslations("desk.queue");
  const enums = useTranslations("enums");
  const messageText = useMessageText();
  const text = (message: string) => messageText(message) ?? message;
  const router = useRouter();
  // A box ticked before React runs would be unticked by hydration: they wait for it.
  const isHydrated = useIsHydrated();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [assignee, setAssignee] = useState("");
  const [status, setStatus] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [isPending, startTransition] = useTransition();
  // the ticket pages opened from here offer this list's previous and next ticket (j/k)
  useEffect(() => {
    saveQueueOrder(sessionStorage, {
      queueHref: `${location.pathname}${location.search}`,
      tickets: rows.map(({ id, number }) => ({ id, number })),
    });
  }, [rows]);
  // Only rows still on the page count: after a refresh some may have left the view.
  const chosen = rows.filter((row) => selected.has(row.id)).map((row) => row.id);
  const allChosen = rows.length > 0 && chosen.length === rows.length;

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const apply = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = bulkUpdateFormSchema.safeParse({ ticketIds: chosen, assignee, status });
    if (!parsed.success) {
      const next: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "assignee") as keyof FieldErrors;
        next[field] ??= issue.message;
      }
      setErrors(next);
      setMessage(null);
      return;
    }
    setErrors({});
    startTransition(async () => {
      const result = await callAction(action, parsed.data);
      if (!result.ok) {
        setMessage({
          text: result.formError ? text(result.formError) : t("bulk.failed"),
          ok: false,
        });
        return;
      }
      const numbers = new Map(rows.map((row) => [row.id, row.number]));
      setMessage({
        text: resultMessage(t, text, result.data, numbers),
        ok: !result.data.failed.length,
      });
      setSelected(new Set());
      router.refresh();
    });
  };

  if (rows.length === 0) {
    return (
      <>
        <FormMessage
          message={message?.text}
          tone={message === null ? "error" : message.ok ? "success" : "warning"}
        />
        {empty}
      </>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex justify-end">
        <KeyboardShortcuts page="queue" />
      </div>
      <form
        method="post"
        onSubmit={apply}
        aria-label={t("bulk.label")}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <div className="flex h-10 items-center gap-2 self-end">
          <input
            id="select-all"
            type="checkbox"
            className="size-4"
            disabled={!isHydrated}
            checked={allChosen}
            aria-describedby={errors.ticketIds ? "select-all-error" : undefined}
            onChange={(event) =>
              setSelected(event.target.checked ? new Set(rows.map((row) => row.id)) : new Set())
            }
          />
          <label htmlFor="select-all" className="text-sm font-medium text-navy-900">
            {t("bulk.selectAll")}
          </label>
        </div>
        <SelectField
          label={t("bulk.assignTo")}
          name="bulk-assignee"
          value={assignee}
          onChange={(event) => setAssignee(event.target.value)}
          error={errors.assignee}
          placeholder={t("bulk.keepAssignee")}
          options={[
            { value: "none", label: t("bulk.unassigned") },
            ...staff.map((user) => ({ value: user.id, label: user.name })),
          ]}
          className="min-w-48"
        />
        <SelectField
          label={t("bulk.setStatus")}
          name="bulk-status"
          value={status}
          onChange={(event) => setStatus(event.target.value)}
          error={errors.status}
          placeholder={t("bulk.keepStatus")}
          options={BULK_STATUSES.map((value) => ({
            value,
            label: enums(`staffStatus.${value}`),
          }))}
          className="min-w-48"
        />
        <Button type="submit" pending={isPending} pendingLabel={t("bulk.updating")}>
          {t("bulk.apply", { count: chosen.length })}
        </Button>
        <NeedsJavaScript />
        {errors.ticketIds ? (
          <p
            id="select-all-error"
            role="alert"
            className="w-full text-sm font-medium text-brand-700"
          >
            {text(errors.ticketIds)}
          </p>
        ) : null}
      </form>
      <FormMessage
        message={message?.text}
        tone={message === null ? "error" : message.ok ? "success" : "warning"}
      />

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <DataTable
          caption={t("table.caption")}
          cards
          rows={rows}
          rowKey={(row) => row.id}
          rowClassName={(row) => (selected.has(row.id) ? ROW_SELECTED : ROW_HOVER)}
          columns={[
            {
              header: <span className="sr-only">{t("table.selected")}</span>,
              cell: (row) => (
                <input
                  type="checkbox"
                  className="size-4"
                  aria-label={t("table.select", { number: row.number })}
                  disabled={!isHydrated}
                  checked={selected.has(row.id)}
                  onChange={(event) => toggle(row.id, event.target.checked)}
                />
              ),
            },
            {
              header: t("table.ticket"),
              className: NUMBER_CELL,
              headerClassName: "",
              cell: (row) => row.number,
            },
            {
              header: t("table.subject"),
              className: SUBJECT_CELL,
              cell: (row) => (
                <>
                  <TextLink
                    href={`/staff/tickets/${row.id}`}
                    className="line-clamp-2"
                    data-shortcut-target={ROW_SHORTCUT}
                  >
                    {row.subject}
                  </TextLink>
                  <span className="text-xs text-slate-500">{row.typeLabel}</span>
                </>
              ),
            },
            { header: t("table.status"), cell: (row) => <StatusBadge status={row.status} staff /> },
            {
              header: t("table.priority"),
              cell: (row) => <PriorityBadge priority={row.priority} />,
            },
            {
              header: t("table.sla"),
              className: NOWRAP,
              cell: (row) => <SlaCell sla={row.sla} />,
            },
            {
              header: t("table.requester"),
              cell: (row) => (
                <span className="text-slate-700">
                  <span className="block">{row.requesterName}</span>
                  {row.requesterCompany ? (
                    <span className="text-xs text-slate-500">{row.requesterCompany}</span>
                  ) : null}
                </span>
              ),
            },
            {
              header: t("table.productContract"),
              cell: (row) => <ProductCell product={row.product} contract={row.contract} />,
            },
            {
              header: t("table.assignee"),
              cell: (row) =>
                row.assigneeName ?? <span className="text-slate-500">{t("table.unassigned")}</span>,
            },
            {
              header: t("table.updated"),
              className: NOWRAP,
              cell: (row) => row.updated,
            },
          ]}
        />
      </div>
    </div>
  );
}
