"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { FormProvider, type Resolver } from "react-hook-form";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, TextareaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { PRIORITIES } from "@/lib/tickets/priorities";
import type { z } from "zod";
import { createTicketSchema, type CreateTicketInput } from "@/lib/tickets/schemas";
import type { SelectableAsset } from "@/lib/tickets/selectable-assets";
import { getVendor, vendorDefaultValues, vendorName } from "@/lib/vendors";
import { VendorFieldsForm } from "@/components/vendors/vendor-fields-form";
import { createTicketAction } from "../actions";
import { AssetPickerDialog } from "./asset-picker-dialog";
import { uploadFiles } from "./upload-files";
import { useTicketDraft } from "./use-ticket-draft";
import { NeedsJavaScript } from "@/components/ui/needs-javascript";

type FormValues = z.input<typeof createTicketSchema>;
const empty: Omit<CreateTicketInput, "idempotencyKey"> = {
  subject: "",
  description: "",
  priority: "normal",
  assetId: "",
  vendorFields: {},
};

export function CreateTicketForm({
  assets,
  draftKey,
  idempotencyKey,
  startWithAssetDialog,
}: {
  assets: SelectableAsset[];
  draftKey: string;
  /** New per page render; a restored draft brings back its own, so its retry finds its ticket. */
  idempotencyKey: string;
  startWithAssetDialog: boolean;
}) {
  const router = useRouter();
  // "New support request" opens the dialog once; a reload of the page should not again.
  useEffect(() => {
    if (startWithAssetDialog) router.replace("/tickets/new", { scroll: false });
  }, [router, startWithAssetDialog]);
  const [asset, setAsset] = useState<SelectableAsset | null>(null);
  const [pickerOpen, setPickerOpen] = useState(startWithAssetDialog);
  const [files, setFiles] = useState<Record<string, File[]>>({});
  const [uploading, setUploading] = useState<number | null>(null);
  const vendorRef = useRef<string | null>(null);

  // The vendor's fields are validated with its registry schema, the rest with the shared one.
  const resolver = useCallback<Resolver<FormValues, unknown, CreateTicketInput>>(
    async (values, context, options) => {
      const vendor = vendorRef.current;
      const schema = vendor
        ? createTicketSchema.extend({ vendorFields: getVendor(vendor).current.schema })
        : createTicketSchema;
      return (
        zodResolver(schema as never) as unknown as Resolver<FormValues, unknown, CreateTicketInput>
      )(values, context, options);
    },
    [],
  );

  // The asset and its vendor's fields are chosen in dialogs and widgets: it needs JavaScript.
  const { form, onSubmit, formError, setFormError, isPending, errorOf } = useFormAction({
    schema: createTicketSchema,
    resolver,
    action: createTicketAction,
    sendValues: true,
    defaultValues: { ...empty, idempotencyKey },
    onSuccess: async ({ id }) => {
      draft.clear();
      const chosen = Object.values(files).flat();
      if (chosen.length) {
        setUploading(0);
        try {
          await uploadFiles(id, chosen, setUploading);
        } catch (error) {
          setFormError(`The ticket is created, but: ${(error as Error).message}`);
        }
      }
      router.push(`/tickets/${id}`);
    },
  });

  const chooseAsset = useCallback(
    (next: SelectableAsset | null, keepValues?: Record<string, unknown>) => {
      setAsset(next);
      vendorRef.current = next?.vendor ?? null;
      form.setValue("assetId", next?.id ?? "");
      form.setValue(
        "vendorFields",
        next ? { ...vendorDefaultValues(next.vendor), ...keepValues } : {},
      );
      form.clearErrors("vendorFields");
      setFiles({});
    },
    [form],
  );

  const restore = useCallback(
    (saved: FormValues) => {
      // a draft saved before keys existed has none
      form.reset({ ...empty, ...saved, idempotencyKey: saved.idempotencyKey ?? idempotencyKey });
      const savedAsset = assets.find(
        (candidate) => candidate.id === saved.assetId && !candidate.isExpired,
      );
      if (savedAsset) chooseAsset(savedAsset, saved.vendorFields ?? {});
    },
    [assets, chooseAsset, form, idempotencyKey],
  );
  const draft = useTicketDraft(draftKey, form, restore);

  return (
    <FormProvider {...form}>
      <form
        method="post"
        onSubmit={onSubmit}
        noValidate
        className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]"
      >
        <div className="flex min-w-0 flex-col gap-5">
          <FormMessage message={formError} />
          <input type="hidden" {...form.register("idempotencyKey")} />
          {uploading !== null ? (
            <div className="flex flex-col gap-1 text-sm" aria-live="polite">
              <label htmlFor="upload-progress">Uploading attachments… {uploading}%</label>
              <progress id="upload-progress" max={100} value={uploading} className="w-full" />
            </div>
          ) : null}
          {asset ? (
            <Card as="section" aria-labelledby="asset-heading">
              <CardHeader
                id="asset-heading"
                title="Support request"
                level={2}
                description="About this product:"
                actions={
                  <Button variant="ghost" size="sm" onClick={() => chooseAsset(null)}>
                    Remove asset
                  </Button>
                }
              />
              <CardBody className="text-sm">
                <p className="font-medium text-slate-900">
                  {vendorName(asset.vendor)} {asset.product}
                </p>
                <p className="font-mono text-xs text-slate-600">S/N {asset.serialNumber}</p>
                <p className="text-xs text-slate-500">
                  Contract {asset.contractNumber} · {asset.customerName}
                </p>
              </CardBody>
            </Card>
          ) : (
            <Alert tone="info" title="Notice">
              This creates a non-device-specific (administrative) request about the CLICO Support
              Portal itself — for example when you can’t register a contract or can’t create a
              ticket. For a problem with a product, use “Add asset” to turn it into a support
              request.
            </Alert>
          )}
          {errorOf("assetId") ? (
            <p role="alert" className="text-sm font-medium text-brand-700">
              {errorOf("assetId")}
            </p>
          ) : null}
          <div>
            <Button variant="secondary" onClick={() => setPickerOpen(true)}>
              {asset ? "Change asset" : "Add asset"}
            </Button>
          </div>
          <Field
            label="Subject"
            required
            maxLength={200}
            error={errorOf("subject")}
            {...form.register("subject")}
          />
          <TextareaField
            label="Description"
            rows={10}
            required
            hint="What happens, since when, what you tried. Markdown works: wrap CLI output in ``` lines."
            error={errorOf("description")}
            {...form.register("description")}
          />
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium text-navy-900">Priority</legend>
            {PRIORITIES.map((priority) => (
              <label key={priority.value} className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  value={priority.value}
                  className="mt-1"
                  {...form.register("priority")}
                />
                <span>
                  <span className="font-medium text-slate-900">{priority.label}</span>
                  <span className="text-slate-600"> — {priority.meaning}</span>
                </span>
              </label>
            ))}
            {errorOf("priority") ? (
              <p role="alert" className="text-sm font-medium text-brand-700">
                {errorOf("priority")}
              </p>
            ) : null}
          </fieldset>
          <SubmitButton size="lg" pending={isPending || uploading !== null} className="self-start">
            Create
          </SubmitButton>
          <NeedsJavaScript />
        </div>
        {asset ? (
          <Card
            as="section"
            aria-labelledby="additional-information-heading"
            className="self-start"
          >
            <CardHeader
              id="additional-information-heading"
              title="Additional Information"
              level={2}
              description={`What ${vendorName(asset.vendor)} support needs for this case.`}
            />
            <CardBody>
              <VendorFieldsForm
                key={asset.vendor}
                vendorId={asset.vendor}
                renderFileField={(field, ids) => (
                  <div className="flex flex-col gap-1.5">
                    <label htmlFor={ids.inputId} className="text-sm font-medium text-navy-900">
                      {field.label}{" "}
                      <span className="text-xs font-normal text-slate-500">Optional</span>
                    </label>
                    <input
                      id={ids.inputId}
                      type="file"
                      multiple
                      aria-describedby={ids.hintId}
                      onChange={(event) =>
                        setFiles((current) => ({
                          ...current,
                          [field.key]: Array.from(event.target.files ?? []),
                        }))
                      }
                      className="text-sm"
                    />
                    <p id={ids.hintId} className="text-sm text-slate-600">
                      {field.help}
                    </p>
                  </div>
                )}
              />
            </CardBody>
          </Card>
        ) : null}
        <AssetPickerDialog
          assets={assets}
          open={pickerOpen}
          onClose={() => setPickerOpen(false)}
          onSelect={(next) => {
            chooseAsset(next);
            setPickerOpen(false);
          }}
        />
      </form>
    </FormProvider>
  );
}
