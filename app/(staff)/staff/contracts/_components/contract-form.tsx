"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { useMessageText } from "@/components/i18n/use-message-text";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { LinkButton } from "@/components/ui/link-button";
import { NeedsJavaScript } from "@/components/ui/needs-javascript";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  contractInputSchema,
  LIMITS,
  serviceLevelOptions,
  type ContractFormValues,
} from "@/lib/contracts/staff-schemas";
import { vendorOptionsIn } from "@/lib/vendors";
import { useTranslate } from "@/components/i18n/use-message-text";
import { KeyReveal } from "./key-reveal";

const emptyAsset = { vendor: "", product: "", serialNumber: "", description: "" };

export const emptyContract: ContractFormValues = {
  number: "",
  customerName: "",
  serviceLevel: "" as ContractFormValues["serviceLevel"],
  validFrom: "",
  validTo: "",
  assets: [emptyAsset],
};

type Issued = { id: string; number: string; key: string; customerName: string };

/**
 * New contract (shows the issued key once on success) or edit (the action goes back to the
 * contract). The asset rows are a field array: add and remove rows; existing ones carry their id.
 */
export function ContractForm(
  props:
    | { mode: "create"; action: FormAction<Issued> }
    | {
        mode: "edit";
        contractId: string;
        defaultValues: ContractFormValues;
        action: FormAction<void>;
      },
) {
  const t = useTranslations("admin.contracts.form");
  const words = useTranslate();
  const text = useMessageText();
  const { form, state, formAction, onSubmit, formError, isPending, isHydrated, errorOf, field } =
    useFormAction({
      schema: contractInputSchema,
      action: props.action as FormAction<Issued | void>,
      defaultValues: props.mode === "edit" ? props.defaultValues : emptyContract,
    });
  const { fields, append, remove } = useFieldArray({
    control: form.control,
    name: "assets",
    keyName: "key",
  });

  const issued =
    state.result?.ok && state.result.data && "key" in state.result.data ? state.result.data : null;
  if (issued) {
    return (
      <KeyReveal
        number={issued.number}
        customerName={issued.customerName}
        activationKey={issued.key}
        contractHref={`/staff/contracts/${issued.id}`}
      />
    );
  }

  const assetsError = text(errorOf("assets.root" as "assets") ?? errorOf("assets"));

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <FormMessage message={formError} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-base font-semibold text-navy-900">{t("contract")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label={t("number")}
            hint={t("numberHint")}
            autoComplete="off"
            spellCheck={false}
            required
            {...field("number")}
          />
          <Field label={t("customerName")} autoComplete="off" required {...field("customerName")} />
          <SelectField
            label={t("serviceLevel")}
            placeholder={t("choose")}
            options={serviceLevelOptions}
            required
            {...field("serviceLevel")}
          />
          <div className="grid grid-cols-2 gap-4">
            <Field label={t("validFrom")} type="date" required {...field("validFrom")} />
            <Field label={t("validTo")} type="date" required {...field("validTo")} />
          </div>
        </div>
      </fieldset>

      <fieldset
        className="flex flex-col gap-4"
        aria-describedby={assetsError ? "assets-error" : undefined}
      >
        <legend className="mb-2 text-base font-semibold text-navy-900">{t("coveredAssets")}</legend>
        {assetsError ? (
          <p id="assets-error" role="alert" className="text-sm font-medium text-brand-700">
            {assetsError}
          </p>
        ) : null}
        <ol className="flex flex-col gap-4">
          {fields.map((item, index) => (
            <li
              key={item.key}
              aria-label={t("asset", { n: index + 1 })}
              className="grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-[10rem_1fr_1fr_1fr_auto] lg:items-start"
            >
              {item.id ? <input type="hidden" name={`assets.${index}.id`} value={item.id} /> : null}
              <SelectField
                id={`assets.${index}.vendor`}
                label={t("vendor", { n: index + 1 })}
                placeholder={t("choose")}
                options={vendorOptionsIn(words)}
                required
                {...field(`assets.${index}.vendor`)}
              />
              <Field
                id={`assets.${index}.product`}
                label={t("product", { n: index + 1 })}
                autoComplete="off"
                required
                {...field(`assets.${index}.product`)}
              />
              <Field
                id={`assets.${index}.serialNumber`}
                label={t("serialNumber", { n: index + 1 })}
                autoComplete="off"
                spellCheck={false}
                required
                {...field(`assets.${index}.serialNumber`)}
              />
              <Field
                id={`assets.${index}.description`}
                label={t("description", { n: index + 1 })}
                autoComplete="off"
                optional
                {...field(`assets.${index}.description`)}
              />
              <Button
                variant="danger"
                size="sm"
                className="lg:mt-7"
                disabled={!isHydrated || fields.length === 1}
                onClick={() => remove(index)}
              >
                {t("removeAsset", { n: index + 1 })}
              </Button>
            </li>
          ))}
        </ol>
        <Button
          variant="secondary"
          className="self-start"
          disabled={!isHydrated || fields.length >= LIMITS.assets}
          onClick={() => append(emptyAsset)}
        >
          {t("addAsset")}
        </Button>
        <NeedsJavaScript what={t("addingNeedsJavaScript")} />
      </fieldset>

      <div className="flex flex-wrap gap-2">
        <SubmitButton size="lg" pending={isPending}>
          {props.mode === "create" ? t("create") : t("save")}
        </SubmitButton>
        <LinkButton
          href={props.mode === "edit" ? `/staff/contracts/${props.contractId}` : "/staff/contracts"}
          variant="ghost"
          size="lg"
        >
          {t("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
