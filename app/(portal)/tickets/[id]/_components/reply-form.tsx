"use client";

import type { FormAction } from "@/components/forms/form-state";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { useDraft } from "@/components/forms/use-draft";
import { FormMessage } from "@/components/ui/alert";
import { TextareaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

const replySchema = () => import("@/lib/tickets/schemas").then((m) => m.replySchema);

export function ReplyForm({ action, reopens }: { action: FormAction<void>; reopens: boolean }) {
  const { formProps, formError, isPending, field, values, reset } = useCheckedForm({
    schema: replySchema,
    action,
    defaultValues: { body: "" },
    onSuccess: (_data, form) => form.reset({ body: "" }),
  });
  // kept in the browser until sent: the session may end before it is
  useDraft(values.body, (body) => reset({ body }));
  return (
    <form {...formProps} className="flex flex-col gap-3">
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
