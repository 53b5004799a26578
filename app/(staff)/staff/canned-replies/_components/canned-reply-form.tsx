"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextareaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/action-result";
import { cannedReplySchema, type CannedReplyInput } from "@/lib/canned-replies/schemas";
import { NeedsJavaScript } from "@/components/ui/needs-javascript";

/** Title and text of a canned reply: the "New canned reply" form and each reply's edit form. */
export function CannedReplyForm({
  idPrefix,
  initial = { title: "", body: "" },
  submitLabel,
  action,
  onSaved,
  onCancel,
}: {
  /** Keeps field ids unique when several forms are on the page. */
  idPrefix: string;
  initial?: CannedReplyInput;
  submitLabel: string;
  action: (input: CannedReplyInput) => Promise<ActionResult<unknown>>;
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const { form, onSubmit, formError, isPending, errorOf } = useActionForm({
    schema: cannedReplySchema,
    action,
    defaultValues: initial,
    onSuccess: () => {
      if (!onCancel) form.reset({ title: "", body: "" });
      onSaved?.();
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formError} />
      <Field
        id={`${idPrefix}-title`}
        label="Title"
        required
        hint="What engineers pick in the “Insert canned reply” list."
        error={errorOf("title")}
        {...form.register("title")}
      />
      <TextareaField
        id={`${idPrefix}-body`}
        label="Text"
        rows={8}
        required
        hint="Inserted into the reply as written. Markdown works."
        error={errorOf("body")}
        {...form.register("body")}
      />
      <div className="flex gap-2">
        <SubmitButton pending={isPending}>{submitLabel}</SubmitButton>
        <NeedsJavaScript />
        {onCancel ? (
          <Button variant="ghost" disabled={isPending} onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
