"use client";

import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { confirmEmailSchema } from "@/lib/accounts/schemas";

/** `action` has the link's token bound. */
export function ConfirmEmailForm({ action }: { action: FormAction<void> }) {
  const { formAction, onSubmit, formError, isPending } = useFormAction({
    schema: confirmEmailSchema,
    action,
    defaultValues: {},
  });

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formError} />
      <SubmitButton size="lg" fullWidth pending={isPending}>
        Confirm email
      </SubmitButton>
    </form>
  );
}
