"use client";

import type { FormAction } from "@/components/forms/form-state";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { FormMessage } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** `action` closes an open ticket, reopens a closed one. */
export function CloseReopenButton<T>({
  action,
  closed,
}: {
  action: FormAction<T>;
  closed: boolean;
}) {
  // one button, no fields: nothing to check before the action
  const { formProps, formError, isPending } = useCheckedForm({ action, defaultValues: {} });
  return (
    <form {...formProps} className="flex flex-col items-end gap-2">
      <SubmitButton variant={closed ? "secondary" : "ghost"} pending={isPending}>
        {closed ? "Reopen ticket" : "Close ticket"}
      </SubmitButton>
      <FormMessage message={formError} />
    </form>
  );
}
