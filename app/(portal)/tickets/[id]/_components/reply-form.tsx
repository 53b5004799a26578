"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage } from "@/components/ui/alert";
import { TextareaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { replySchema } from "@/lib/tickets/schemas";
import { replyAction } from "../actions";
import { NeedsJavaScript } from "@/components/ui/needs-javascript";

export function ReplyForm({ ticketId, reopens }: { ticketId: string; reopens: boolean }) {
  const { form, onSubmit, formError, isPending, errorOf } = useActionForm({
    schema: replySchema,
    action: replyAction.bind(null, ticketId),
    defaultValues: { body: "", internal: false },
    onSuccess: () => form.reset({ body: "", internal: false }),
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormMessage message={formError} />
      <TextareaField
        label="Your reply"
        rows={6}
        required
        hint={`Markdown works: wrap CLI output or config in \`\`\` lines to keep it legible.${reopens ? " Replying reopens the ticket." : ""}`}
        error={errorOf("body")}
        {...form.register("body")}
      />
      <SubmitButton pending={isPending} className="self-start">
        Send reply
      </SubmitButton>
      <NeedsJavaScript />
    </form>
  );
}
