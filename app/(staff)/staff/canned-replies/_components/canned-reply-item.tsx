"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { failureOf, type FormAction } from "@/components/forms/use-form-action";
import { Markdown } from "@/components/markdown";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-action";
import { CannedReplyForm } from "./canned-reply-form";

type Reply = { id: string; title: string; body: string; updated: string };

/** One canned reply: its text, "Edit" in place, and "Delete" after a confirmation. */
export function CannedReplyItem<T, U>({
  reply,
  updateAction,
  deleteAction,
}: {
  reply: Reply;
  updateAction: FormAction<T>;
  deleteAction: FormAction<U>;
}) {
  const t = useTranslations("desk.cannedReplies.item");
  const [mode, setMode] = useState<"view" | "edit" | "confirm">("view");
  const [deleted, deleteFormAction, isPending] = useActionState(
    deleteAction,
    initialFormState as FormState<U>,
  );
  const actions = useRef<HTMLDivElement>(null);
  const headingId = `canned-${reply.id}`;

  const backToView = () => {
    setMode("view");
    // Focus goes back to "Edit" rather than to the top of the page.
    requestAnimationFrame(() => actions.current?.querySelector("button")?.focus());
  };

  return (
    <Card as="article" aria-labelledby={headingId}>
      <CardBody className="flex flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="flex min-w-0 flex-col gap-0.5">
            <h2 id={headingId} className="font-semibold text-navy-900">
              {reply.title}
            </h2>
            <p className="text-xs text-slate-500">{reply.updated}</p>
          </div>
          {mode === "view" ? (
            <div ref={actions} className="flex gap-2">
              <Button
                size="sm"
                variant="secondary"
                aria-label={t("editLabel", { title: reply.title })}
                onClick={() => setMode("edit")}
              >
                {t("edit")}
              </Button>
              <Button
                size="sm"
                variant="danger"
                aria-label={t("deleteLabel", { title: reply.title })}
                onClick={() => setMode("confirm")}
              >
                {t("delete")}
              </Button>
            </div>
          ) : null}
        </div>

        {mode === "edit" ? (
          <CannedReplyForm
            idPrefix={`edit-${reply.id}`}
            initial={{ title: reply.title, body: reply.body }}
            submitLabel={t("save")}
            action={updateAction}
            onSaved={backToView}
            onCancel={backToView}
          />
        ) : (
          <div className="rounded-md bg-slate-50 p-3">
            <Markdown>{reply.body}</Markdown>
          </div>
        )}

        {mode === "confirm" ? (
          <form
            action={deleteFormAction}
            role="group"
            aria-label={t("confirmLabel", { title: reply.title })}
            className="flex flex-col gap-3 rounded-md border border-brand-200 bg-brand-50 p-3"
          >
            <p className="text-sm text-brand-800">{t("confirm", { title: reply.title })}</p>
            <div className="flex gap-2">
              <SubmitButton variant="primary" size="sm" pending={isPending} autoFocus>
                {t("yesDelete")}
              </SubmitButton>
              <Button variant="ghost" size="sm" disabled={isPending} onClick={backToView}>
                {t("cancel")}
              </Button>
            </div>
          </form>
        ) : null}
        <FormMessage message={mode === "confirm" ? failureOf(deleted)?.formError : null} />
      </CardBody>
    </Card>
  );
}
