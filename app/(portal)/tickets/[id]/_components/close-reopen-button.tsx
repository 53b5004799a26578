"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FormAction } from "@/components/forms/form-state";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";

/**
 * `action` closes an open ticket, reopens a closed one. Closing asks first once JavaScript runs;
 * before that the button posts the form as it is.
 */
export function CloseReopenButton<T>({
  action,
  closed,
}: {
  action: FormAction<T>;
  closed: boolean;
}) {
  const t = useTranslations("portal.ticket.closeReopen");
  // one button, no fields: nothing to check before the action
  const { formProps, formError, isPending } = useCheckedForm({
    action,
    defaultValues: {},
    // the button was disabled while pending, which dropped focus: back to it, now the other one
    onSuccess: () => formProps.ref.current?.querySelector("button")?.focus(),
  });
  const [isConfirming, setIsConfirming] = useState(false);
  const asks = useIsHydrated() && !closed;
  const popup = asks ? ("dialog" as const) : undefined;
  return (
    <>
      <form {...formProps} className="flex flex-col items-end gap-2">
        <SubmitButton
          variant={closed ? "secondary" : "ghost"}
          pending={isPending}
          aria-haspopup={popup}
          onClick={(event) => {
            if (!asks) return;
            event.preventDefault();
            setIsConfirming(true);
          }}
        >
          {closed ? t("reopen") : t("close")}
        </SubmitButton>
        <FormMessage message={formError} />
      </form>
      <ConfirmDialog
        open={isConfirming}
        title={t("confirmTitle")}
        confirmLabel={t("confirmLabel")}
        onClose={(confirmed) => {
          setIsConfirming(false);
          if (confirmed) formProps.ref.current?.requestSubmit();
        }}
      >
        {t("confirmText")}
      </ConfirmDialog>
    </>
  );
}
