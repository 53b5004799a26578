"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useMessageText } from "@/components/i18n/use-message-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { DebugFileReading } from "@/lib/debug-files/read-for-ticket";

type Outcome =
  { kind: "filled"; reading: DebugFileReading; filled: number } | { kind: "failed"; error: string };

/**
 * "Fill in from a debug file", above the Additional Information fields: the customer picks or
 * drops the file the vendor's support asks for anyway (or pastes CLI output), the server reads
 * it (POST /api/debug-files) and the form fills in what it tells (`onFilled`) and keeps the
 * file to attach it to the ticket. A file from another device is said, not refused; the
 * customer's asset it is from is offered (`onUseAsset`).
 */
export function DebugFileFill({
  assetId,
  onFilled,
  onUseAsset,
}: {
  assetId: string;
  onFilled: (reading: DebugFileReading, file: File) => number;
  onUseAsset: (assetId: string) => void;
}) {
  const t = useTranslations("portal.newTicket.debugFile");
  const messageText = useMessageText();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const pasted = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = { file: useId(), paste: useId(), hint: useId() };

  async function read(file: File) {
    setBusy(true);
    setOutcome(null);
    try {
      const query = new URLSearchParams({ assetId, name: file.name });
      const response = await fetch(`/api/debug-files?${query}`, {
        method: "POST",
        body: file,
        headers: {
          "content-type": file.type === "text/plain" ? "text/plain" : "application/octet-stream",
        },
      });
      const answer = (await response.json()) as DebugFileReading | { error: string };
      if (!response.ok || "error" in answer) {
        setOutcome({ kind: "failed", error: "error" in answer ? answer.error : t("failed") });
        return;
      }
      setOutcome({ kind: "filled", reading: answer, filled: onFilled(answer, file) });
    } catch {
      setOutcome({ kind: "failed", error: t("failed") });
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = "";
    }
  }

  const readPasted = () => {
    const text = pasted.current?.value.trim();
    if (!text) {
      setOutcome({ kind: "failed", error: t("pasteEmpty") });
      pasted.current?.focus();
      return;
    }
    void read(new File([text], t("pastedName"), { type: "text/plain" }));
  };

  return (
    <section
      aria-labelledby={`${ids.file}-title`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        event.stopPropagation(); // not also one of the ticket's own files
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) void read(file);
      }}
      className={`flex min-w-0 flex-col gap-3 rounded-md border border-dashed p-4 ${
        dragging ? "border-navy-600 bg-navy-50" : "border-slate-300 bg-slate-50"
      }`}
    >
      <h3 id={`${ids.file}-title`} className="text-sm font-semibold text-navy-900">
        {t("title")}
      </h3>
      <p id={ids.hint} className="text-sm text-slate-600">
        {t("hint")}
      </p>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={ids.file} className="text-sm font-medium text-navy-900">
          {t("choose")}
        </label>
        <input
          ref={fileInput}
          id={ids.file}
          type="file"
          aria-describedby={ids.hint}
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void read(file);
          }}
          className="w-full min-w-0 text-sm"
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={ids.paste} className="text-sm font-medium text-navy-900">
          {t("paste")}
        </label>
        <textarea
          ref={pasted}
          id={ids.paste}
          rows={4}
          spellCheck={false}
          className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs"
        />
        <Button
          variant="secondary"
          size="sm"
          className="self-start"
          disabled={busy}
          aria-busy={busy || undefined}
          onClick={readPasted}
        >
          {busy ? t("reading") : t("readPasted")}
        </Button>
      </div>
      <div aria-live="polite" className="flex flex-col gap-2">
        {busy ? <p className="text-sm text-slate-600">{t("reading")}</p> : null}
        {outcome?.kind === "failed" ? (
          <Alert tone="error">{messageText(outcome.error)}</Alert>
        ) : null}
        {outcome?.kind === "filled" ? (
          <Alert tone="success">
            {t("filled", { count: outcome.filled, fileName: outcome.reading.fileName })}
          </Alert>
        ) : null}
        {outcome?.kind === "filled" && outcome.reading.mismatch ? (
          <Alert tone="warning">
            <span className="flex flex-col items-start gap-2">
              <span>{t("mismatch", outcome.reading.mismatch)}</span>
              {outcome.reading.matchingAssetId ? (
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => onUseAsset(outcome.reading.matchingAssetId!)}
                >
                  {t("useAsset", { serial: outcome.reading.mismatch.file })}
                </Button>
              ) : null}
            </span>
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
