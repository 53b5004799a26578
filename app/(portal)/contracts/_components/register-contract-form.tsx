"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FocusedStatus } from "@/components/ui/focused-status";
import { LinkButton } from "@/components/ui/link-button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { RegisteredContract } from "@/lib/contracts/register-contract";
import { registerContractSchema } from "@/lib/contracts/schemas";
import { registerContractAction } from "../actions";

// The dialog's form, loaded when the dialog is about to open (register-contract-dialog.tsx):
// zod and react-hook-form stay out of every customer page's first load.

export function RegisterContractForm({ onDone }: { onDone: () => void }) {
  const t = useTranslations("portal.registerContract");
  const router = useRouter();
  const { state, formAction, onSubmit, formError, isPending, field } = useFormAction({
    schema: registerContractSchema,
    action: registerContractAction,
    defaultValues: { contractNumber: "", contractKey: "" },
    // The list (and anything else showing contracts) picks the new one up at once.
    onSuccess: () => router.refresh(),
  });

  if (state.result?.ok) return <Registered contract={state.result.data} onDone={onDone} />;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formError} />
      <Field
        label={t("contractNumber")}
        autoComplete="off"
        spellCheck={false}
        required
        autoFocus
        {...field("contractNumber")}
      />
      <Field
        label={t("contractKey")}
        hint={t("contractKeyHint")}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        {...field("contractKey")}
      />
      <div className="flex flex-wrap justify-end gap-2 pt-1">
        <Button variant="secondary" onClick={onDone}>
          {t("cancel")}
        </Button>
        <SubmitButton pending={isPending} pendingLabel={t("applying")}>
          {t("apply")}
        </SubmitButton>
      </div>
    </form>
  );
}

function Registered({ contract, onDone }: { contract: RegisteredContract; onDone: () => void }) {
  const t = useTranslations("portal.registerContract");
  return (
    <div className="flex flex-col gap-4">
      <FocusedStatus>
        <Alert tone="success" title={t("activatedTitle")}>
          {t.rich("activated", {
            number: contract.number,
            customer: contract.customerName,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </Alert>
      </FocusedStatus>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          {t("close")}
        </Button>
        <LinkButton href={`/contracts/${contract.id}`} variant="primary" onClick={onDone}>
          {t("viewContract")}
        </LinkButton>
      </div>
    </div>
  );
}
