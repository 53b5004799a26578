"use client";

import { useActionState } from "react";
import { failureOf, type FormAction } from "@/components/forms/form-state";
import { FormMessage } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-action";

/** `action` closes an open ticket, reopens a closed one. */
export function CloseReopenButton<T>({
  action,
  closed,
}: {
  action: FormAction<T>;
  closed: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState as FormState<T>);
  return (
    <form action={formAction} className="flex flex-col items-end gap-2">
      <SubmitButton variant={closed ? "secondary" : "ghost"} pending={pending}>
        {closed ? "Reopen ticket" : "Close ticket"}
      </SubmitButton>
      <FormMessage message={failureOf(state)?.formError} />
    </form>
  );
}
