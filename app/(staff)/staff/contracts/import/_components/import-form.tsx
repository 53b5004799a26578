"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { useMessageText } from "@/components/i18n/use-message-text";
import { callAction } from "@/components/forms/call-action";
import { Alert, FormMessage } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import type { ContractImportPreview } from "@/lib/contracts/import-contracts";
import { CSV_MAX_CHARS } from "@/lib/contracts/staff-schemas";
import { importContractsAction, previewContractsImportAction } from "../../actions";
import { isoDay } from "@/lib/format";

type Summary = Extract<
  NonNullable<Awaited<ReturnType<typeof importContractsAction>>["result"]>,
  { ok: true }
>["data"];
type Done = Extract<Summary, { ok: true }>;

// The preview table's classes.
const BAD_ROW = "bg-brand-50";
const LINE_CELL = "tabular-nums";
const NUMBER_CELL = "font-mono";
const NOWRAP = "whitespace-nowrap";

/** Upload → preview of every row with its errors → confirm → summary and the keys download. */
export function ImportForm() {
  const t = useTranslations("admin.import");
  const messageText = useMessageText();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<ContractImportPreview | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function reset() {
    setFile(null);
    setPreview(null);
    setDone(null);
    setError(null);
    if (input.current) input.current.value = "";
  }

  const check = (chosen: File | undefined) =>
    startTransition(async () => {
      setPreview(null);
      setError(null);
      if (!chosen) return;
      if (chosen.size > CSV_MAX_CHARS) {
        setError(t("tooLarge"));
        return;
      }
      const text = await chosen.text();
      setFile({ name: chosen.name, text });
      const result = await callAction(previewContractsImportAction, {
        fileName: chosen.name,
        csv: text,
      });
      if (result.ok) setPreview(result.data);
      else
        setError(
          result.formError ??
            Object.values(result.fieldErrors ?? {})
              .flat()
              .map((message) => messageText(message))
              .join(" "),
        );
    });

  const confirm = () =>
    startTransition(async () => {
      if (!file) return;
      setError(null);
      const result = await callAction(importContractsAction, {
        fileName: file.name,
        csv: file.text,
      });
      if (!result.ok) {
        setError(result.formError ?? t("failed"));
      } else if (!result.data.ok) {
        // The rows changed in the database since the preview: show the fresh errors.
        setError(t("problemsFound", { count: result.data.errors.length }));
      } else {
        setDone(result.data);
        setPreview(null);
      }
    });

  if (done) return <ImportDone summary={done} onAgain={reset} />;

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-1.5">
        <label htmlFor="csv-file" className="text-sm font-medium text-navy-900">
          {t("csvFile")}
        </label>
        <input
          ref={input}
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          disabled={isPending}
          onChange={(event) => check(event.target.files?.[0])}
          className="text-sm file:mr-3 file:rounded-md file:border file:border-navy-200 file:bg-white file:px-3 file:py-2 file:font-semibold file:text-navy-900 hover:file:bg-navy-50"
        />
      </div>
      <FormMessage message={error} />
      {isPending && !preview ? (
        <p role="status" className="text-sm text-slate-600">
          {t("checking")}
        </p>
      ) : null}
      {preview ? (
        <PreviewTable preview={preview} pending={isPending} onConfirm={confirm} onCancel={reset} />
      ) : null}
    </div>
  );
}

function PreviewTable({
  preview,
  pending,
  onConfirm,
  onCancel,
}: {
  preview: ContractImportPreview;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("admin.import");
  // the whole catalog: a row's problems are messages of more than one namespace
  const text = useMessageText();
  const badLines = new Set(preview.errors.map((e) => e.line)).size;
  return (
    <section aria-labelledby="preview-heading" className="flex flex-col gap-4">
      <h2 id="preview-heading" className="text-lg font-semibold text-navy-900">
        {t("preview")}
      </h2>
      <div role="status">
        {preview.ok ? (
          <Alert tone="info" title={t("validTitle")}>
            {t("validBody", {
              newCount: preview.contracts.new,
              existingCount: preview.contracts.existing,
              assetCount: preview.contracts.assets,
            })}
          </Alert>
        ) : (
          <Alert tone="error" title={t("invalidTitle")}>
            {t("invalidBody", { count: badLines })}
          </Alert>
        )}
      </div>
      {preview.rows.length ? (
        <div className="max-h-[32rem] overflow-auto rounded-md border border-slate-200">
          <DataTable
            caption={t("caption")}
            compact
            stickyHeader
            rows={preview.rows}
            rowKey={(row) => row.line}
            rowProps={(row) => ({ "data-line": row.line })}
            rowClassName={(row) => (row.errors.length ? BAD_ROW : undefined)}
            columns={[
              {
                header: t("line"),
                isRowHeader: true,
                className: LINE_CELL,
                cell: (row) => row.line,
              },
              {
                header: t("contract"),
                className: NUMBER_CELL,
                headerClassName: "",
                cell: (row) => row.values.contract_number,
              },
              { header: t("customer"), cell: (row) => row.values.customer_name },
              { header: t("level"), cell: (row) => row.values.service_level },
              {
                header: t("valid"),
                className: NOWRAP,
                cell: (row) => `${row.values.valid_from} – ${row.values.valid_to}`,
              },
              {
                header: t("asset"),
                cell: (row) => (
                  <>
                    {row.values.vendor} {row.values.product}{" "}
                    <span className="font-mono">{row.values.serial_number}</span>
                  </>
                ),
              },
              {
                header: t("result"),
                cell: (row) =>
                  row.errors.length ? (
                    <ul className="flex flex-col gap-0.5 font-medium text-brand-700">
                      {row.errors.map((message) => (
                        <li key={message}>{text(message)}</li>
                      ))}
                    </ul>
                  ) : row.contract === "existing" ? (
                    <Badge tone="info">{t("update")}</Badge>
                  ) : (
                    <Badge tone="success">{t("new")}</Badge>
                  ),
              },
            ]}
          />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" disabled={!preview.ok} pending={pending} onClick={onConfirm}>
          {t("importContracts")}
        </Button>
        <Button variant="ghost" disabled={pending} onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </section>
  );
}

function ImportDone({ summary, onAgain }: { summary: Done; onAgain: () => void }) {
  const t = useTranslations("admin.import");
  const [downloaded, setDownloaded] = useState(false);
  function download() {
    if (!summary.keysCsv) return;
    const url = URL.createObjectURL(new Blob([summary.keysCsv], { type: "text/csv" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `contract-keys-${isoDay()}.csv`;
    link.click();
    URL.revokeObjectURL(url);
    setDownloaded(true);
  }
  return (
    <div className="flex flex-col gap-4">
      <div role="status">
        <Alert tone="success" title={t("doneTitle")}>
          {t("doneBody", {
            created: summary.contractsCreated,
            updated: summary.contractsUpdated,
            unchanged: summary.contractsUnchanged,
            assetsAdded: summary.assetsAdded,
            assetsUpdated: summary.assetsUpdated,
          })}
        </Alert>
      </div>
      {summary.keysCsv ? (
        <Alert tone="warning" title={t("keysTitle")}>
          {t("keysBody", { count: summary.contractsCreated })}
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        {summary.keysCsv ? (
          <Button variant="primary" onClick={download}>
            {t("downloadKeys")}
          </Button>
        ) : null}
        <LinkButton href="/staff/contracts">{t("goToContracts")}</LinkButton>
        <Button variant="ghost" onClick={onAgain}>
          {t("importAnother")}
        </Button>
        {downloaded ? <span className="text-sm text-slate-600">{t("downloaded")}</span> : null}
      </div>
    </div>
  );
}
