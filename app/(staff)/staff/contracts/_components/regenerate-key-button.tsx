"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { failureOf, type FormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-action";
import { KeyReveal } from "./key-reveal";

type Issued = { id: string; number: string; key: string };

/** Asks first (the customer's printed key stops working), then shows the new key once. */
export function RegenerateKeyButton({
  number,
  customerName,
  action,
}: {
  number: string;
  customerName: string;
  action: FormAction<Issued>;
}) {
  const t = useTranslations("admin.contracts.regenerate");
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, isPending] = useActionState(action, initialFormState);
  const issued = state.result?.ok ? state.result.data : null;

  if (issued)
    return (
      <KeyReveal
        number={issued.number}
        customerName={customerName}
        activationKey={issued.key}
        regenerated
      />
    );

  return (
    <div className="flex flex-col gap-3">
      <FormMessage message={failureOf(state)?.formError} />
      {confirming ? (
        <form
          action={formAction}
          role="group"
          aria-label={t("confirmLabel")}
          className="flex flex-col gap-3"
        >
          <p className="text-sm text-navy-900">{t("confirmText", { number })}</p>
          <div className="flex gap-2">
            <SubmitButton variant="primary" pending={isPending}>
              {t("generate")}
            </SubmitButton>
            <Button variant="ghost" disabled={isPending} onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="secondary" className="self-start" onClick={() => setConfirming(true)}>
          {t("regenerate")}
        </Button>
      )}
    </div>
  );
}
