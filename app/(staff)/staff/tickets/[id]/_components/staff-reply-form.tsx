"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type ChangeEvent } from "react";
import { useDraft } from "@/components/forms/use-draft";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import {
  dropHighlight,
  MessageFilesField,
  useMessageFiles,
} from "@/components/tickets/message-files";
import { FormMessage } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { TextareaField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { SubmitButton } from "@/components/ui/submit-button";
import { REPLY_SET_STATUSES, staffReplySchema } from "@/lib/tickets/schemas";
import type { TicketStatus } from "@/lib/enums";
import { CannedReplyPicker, type CannedReplyOption } from "./canned-reply-picker";

/** The two kinds of message; their words are desk.ticket.reply.<label> and <note>. */
const MODES = [
  { internal: false, label: "replyMode", note: "replyModeNote" },
  { internal: true, label: "noteMode", note: "noteModeNote" },
] as const;

/**
 * The staff message box. What kind of message it is — a reply the customer gets, or an
 * internal note they never see — is chosen first and shown everywhere: the box turns amber,
 * the field and the button say "Internal note". The kind stays after sending, the text goes.
 */
export function StaffReplyForm({
  action,
  cannedReplies,
  requesterName,
  status: current,
  ticketId,
  maxBytes,
}: {
  action: FormAction<{
    status: TicketStatus;
    internal: boolean;
    statusSet: boolean;
    messageId: string;
  }>;
  cannedReplies: CannedReplyOption[];
  requesterName: string;
  /** The ticket's status now: "Send and set" offers the others. */
  status: TicketStatus;
  ticketId: string;
  /** The server's per-file limit, from attachmentLimitBytes(). */
  maxBytes: number;
}) {
  const t = useTranslations("desk.ticket.reply");
  const enums = useTranslations("enums");
  const statusWord = (status: TicketStatus) => enums(`staffStatus.${status}`);
  const files = useMessageFiles(maxBytes);
  const modeName = useId();
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const [typedSince, setTypedSince] = useState<unknown>(null);
  const { form, state, formAction, onSubmit, formError, errorOf, isPending, field } = useFormAction(
    {
      schema: staffReplySchema,
      action,
      defaultValues: { body: "", internal: "false", status: "" },
      onSuccess: (data, form) => {
        form.reset({ body: "", internal: String(data.internal) });
        void files.attach(ticketId, data.messageId);
      },
    },
  );
  useDraft(form.watch("body"), (body) => form.setValue("body", body, { shouldDirty: true }));
  const internal = String(form.watch("internal")) === "true";
  const sentAs = state.result?.ok && typedSince !== state ? state.result.data : null;
  const sent = sentAs
    ? sentAs.internal
      ? t("noteAdded")
      : sentAs.statusSet
        ? t("sentWithStatus", { name: requesterName, status: statusWord(sentAs.status) })
        : t("sent", { name: requesterName })
    : null;
  const clearSent = () => setTypedSince(state);
  const { ref, onChange, ...registered } = field("body");
  // Spread, as TextareaField passes unknown props (the ref too) on to its <textarea>.
  const body = {
    ...registered,
    onChange: (event: ChangeEvent<HTMLTextAreaElement>) => {
      clearSent();
      return onChange(event);
    },
    ref: (element: HTMLTextAreaElement | null) => {
      ref(element);
      textarea.current = element;
    },
  };

  function insert(text: string) {
    const element = textarea.current;
    const value = form.getValues("body") ?? "";
    // The caret stays where it was when focus moved to the picker; never used: append.
    const start = element && element.dataset.caret ? element.selectionStart : value.length;
    const end = element && element.dataset.caret ? element.selectionEnd : value.length;
    const before = value.slice(0, start);
    const gap = before && !before.endsWith("\n") && start === value.length ? "\n\n" : "";
    const next = before + gap + text + value.slice(end);
    form.setValue("body", next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    const caret = (before + gap + text).length;
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(caret, caret);
      if (element) element.dataset.caret = "1";
    });
  }

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      {...files.dropTarget}
      className={cn(
        "flex flex-col gap-4 rounded-md border p-4 transition-colors",
        internal ? "border-amber-400 bg-amber-50" : "border-slate-200 bg-white",
        dropHighlight(files.isDragging),
      )}
    >
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-medium text-navy-900">{t("type")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {MODES.map((mode) => {
            const checked = internal === mode.internal;
            const inputId = `${modeName}-${mode.internal ? "internal" : "reply"}`;
            return (
              <label
                key={inputId}
                htmlFor={inputId}
                className={cn(
                  "flex cursor-pointer gap-3 rounded-md border p-3 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-focus",
                  checked
                    ? mode.internal
                      ? "border-amber-500 bg-amber-100 text-amber-950"
                      : "border-navy-500 bg-navy-50 text-navy-900"
                    : "border-slate-300 bg-white text-slate-700 hover:border-slate-400",
                )}
              >
                <input
                  id={inputId}
                  type="radio"
                  value={String(mode.internal)}
                  checked={checked}
                  {...form.register("internal", { onChange: clearSent })}
                  className="mt-0.5 accent-navy-700"
                />
                <span className="flex flex-col gap-0.5">
                  <span className="font-semibold">{t(mode.label)}</span>
                  <span>{t(mode.note)}</span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>

      <CannedReplyPicker replies={cannedReplies} onInsert={insert} />

      <FormMessage message={formError ?? errorOf("status") ?? null} />
      <TextareaField
        label={internal ? t("noteLabel") : t("replyLabel", { name: requesterName })}
        rows={8}
        required
        hint={t("hint")}
        data-shortcut-target="reply"
        {...body}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            if (!isPending) event.currentTarget.form?.requestSubmit();
          }
        }}
        onSelect={(event) => {
          event.currentTarget.dataset.caret = "1";
        }}
        onPaste={files.onPaste}
      />
      <MessageFilesField
        state={files}
        maxBytes={maxBytes}
        label={internal ? t("noteFiles") : t("replyFiles")}
      />
      <div className="flex flex-wrap items-center gap-3">
        {internal ? (
          <button
            type="submit"
            disabled={isPending || files.isUploading}
            aria-busy={isPending || undefined}
            className="inline-flex h-10 items-center justify-center gap-2 rounded-md border border-amber-500 bg-amber-200 px-4 text-sm font-semibold whitespace-nowrap text-amber-950 shadow-sm transition-colors hover:bg-amber-300 disabled:cursor-not-allowed disabled:opacity-60"
          >
            {isPending ? <Spinner /> : null}
            {t("addNote")}
          </button>
        ) : (
          <>
            <SubmitButton pending={isPending || files.isUploading}>{t("send")}</SubmitButton>
            {REPLY_SET_STATUSES.filter((status) => status !== current).map((status) => (
              <SubmitButton
                key={status}
                variant="secondary"
                // the long label wraps on a phone instead of leaving the box
                className="h-auto! min-h-10 py-2 whitespace-normal!"
                name="status"
                value={status}
                disabled={isPending || files.isUploading}
              >
                {t("sendAndSet", { status: statusWord(status) })}
              </SubmitButton>
            ))}
          </>
        )}
        <p aria-live="polite" className="text-sm text-emerald-800">
          {sent}
        </p>
      </div>
    </form>
  );
}
