"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/components/forms/form-state";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { FormMessage } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** `action` has the link's token bound. */
export function ConfirmEmailForm({ action }: { action: FormAction<void> }) {
  const t = useTranslations("auth.confirm");
  // one button, no fields: nothing to check before the action
  const { formProps, formError, messageRef, isPending } = useCheckedForm({
    action,
    defaultValues: {},
  });

  return (
    <form {...formProps} className="flex flex-col gap-4">
      <FormMessage ref={messageRef} message={formError} />
      <SubmitButton size="lg" fullWidth pending={isPending}>
        {t("button")}
      </SubmitButton>
    </form>
  );
}
