"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/components/forms/form-state";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { FormMessage } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";

export function MarkAllReadButton<T>({ action }: { action: FormAction<T> }) {
  const t = useTranslations("desk.notifications");
  const { formProps, formError, isPending } = useCheckedForm({ action, defaultValues: {} });
  return (
    <form {...formProps} className="flex flex-col items-end gap-2">
      <SubmitButton variant="secondary" pending={isPending}>
        {t("markAllRead")}
      </SubmitButton>
      <FormMessage message={formError} />
    </form>
  );
}
