"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { failureOf, type FormAction } from "@/components/forms/form-state";
import { FormMessage } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-action";

/** Queues one failed email again (the action is bound to it in the page). */
export function RetryEmailButton({ action, to }: { action: FormAction<void>; to: string }) {
  const t = useTranslations("admin.emailDelivery");
  const [state, formAction, pending] = useActionState(action, initialFormState as FormState<void>);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <SubmitButton variant="secondary" pending={pending} aria-label={t("retryLabel", { to })}>
        {t("retry")}
      </SubmitButton>
      <FormMessage message={failureOf(state)?.formError} />
    </form>
  );
}
