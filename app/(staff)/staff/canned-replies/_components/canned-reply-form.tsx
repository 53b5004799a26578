"use client";

import { useTranslations } from "next-intl";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextareaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { cannedReplySchema, type CannedReplyInput } from "@/lib/canned-replies/schemas";

/** Title and text of a canned reply: the "New canned reply" form and each reply's edit form. */
export function CannedReplyForm<T>({
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
  action: FormAction<T>;
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("desk.cannedReplies.form");
  const { formAction, onSubmit, formError, isPending, field } = useFormAction({
    schema: cannedReplySchema,
    action,
    defaultValues: initial,
    onSuccess: (_data, form) => {
      if (!onCancel) form.reset({ title: "", body: "" });
      onSaved?.();
    },
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formError} />
      <Field
        id={`${idPrefix}-title`}
        label={t("title")}
        required
        hint={t("titleHint")}
        {...field("title")}
      />
      <TextareaField
        id={`${idPrefix}-body`}
        label={t("body")}
        rows={8}
        required
        hint={t("bodyHint")}
        {...field("body")}
      />
      <div className="flex gap-2">
        <SubmitButton pending={isPending}>{submitLabel}</SubmitButton>
        {onCancel ? (
          <Button variant="ghost" disabled={isPending} onClick={onCancel}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
