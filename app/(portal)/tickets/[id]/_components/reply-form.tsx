"use client";

import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { TextareaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { replySchema } from "@/lib/tickets/schemas";

export function ReplyForm({ action, reopens }: { action: FormAction<void>; reopens: boolean }) {
  const { formAction, onSubmit, formError, isPending, field } = useFormAction({
    schema: replySchema,
    action,
    defaultValues: { body: "" },
    onSuccess: (_data, form) => form.reset({ body: "" }),
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormMessage message={formError} />
      <TextareaField
        label="Your reply"
        rows={6}
        required
        hint={`Markdown works: wrap CLI output or config in \`\`\` lines to keep it legible.${reopens ? " Replying reopens the ticket." : ""}`}
        {...field("body")}
      />
      <SubmitButton pending={isPending} className="self-start">
        Send reply
      </SubmitButton>
    </form>
  );
}
