"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import type { ReactNode } from "react";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextareaField } from "@/components/ui/field";
import {
  dropHighlight,
  MessageFilesField,
  useMessageFiles,
} from "@/components/tickets/message-files";
import { cn } from "@/components/ui/cn";
import { NeedsJavaScript } from "@/components/ui/needs-javascript";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import { SubmitButton } from "@/components/ui/submit-button";
import { useMessageText } from "@/components/i18n/use-message-text";
import { TICKET_PRIORITIES } from "@/lib/enums";
import type { SelectableAsset } from "@/lib/tickets/selectable-assets";
import { createTicketAction } from "../actions";
import { useTicketDraft, type TicketDraft } from "./use-ticket-draft";
import { fillFormFields, vendorValuesIn } from "./fill-form-fields";

// The vendor registry (and zod with it) and the asset list come only once an asset is added:
// an administrative request never needs them, and the page's first load stays small. (React's
// lazy rather than next/dynamic, whose loader alone weighs 3 kB: neither renders on the server.)
const loadSupportRequest = () => import("./support-request");
/** Where the debug file the fields were filled in from waits, among the files to attach. */
const DEBUG_FILE = "debugFile";
const ChosenAsset = lazy(() => loadSupportRequest().then((m) => ({ default: m.ChosenAsset })));
const AdditionalInformation = lazy(() =>
  loadSupportRequest().then((m) => ({ default: m.AdditionalInformation })),
);
const AssetPickerDialog = lazy(() =>
  import("./asset-picker-dialog").then((m) => ({ default: m.AssetPickerDialog })),
);
const loadSchema = () => import("@/lib/tickets/ticket-form-schema").then((m) => m.ticketFormSchema);

type FormValues = Record<string, string | undefined>;
const TOP_LEVEL = ["subject", "description", "priority", "idempotencyKey"] as const;

export function CreateTicketForm({
  assets,
  draftKey,
  idempotencyKey,
  startWithAssetDialog,
  notice,
  maxBytes,
}: {
  assets: SelectableAsset[];
  /** The server's per-file limit, from attachmentLimitBytes(). */
  maxBytes: number;
  /** What an administrative request is, shown until an asset is added. */
  notice: ReactNode;
  draftKey: string;
  /** New per page render; a restored draft brings back its own, so its retry finds its ticket. */
  idempotencyKey: string;
  startWithAssetDialog: boolean;
}) {
  const t = useTranslations("portal.newTicket");
  const enums = useTranslations("enums");
  const messageText = useMessageText();
  const router = useRouter();
  const isHydrated = useIsHydrated();
  // "New support request" opens the dialog once; a reload of the page should not again.
  useEffect(() => {
    if (startWithAssetDialog) router.replace("/tickets/new", { scroll: false });
  }, [router, startWithAssetDialog]);
  const [asset, setAsset] = useState<SelectableAsset | null>(null);
  const [vendorValues, setVendorValues] = useState<Record<string, unknown>>({});
  const [pickerOpen, setPickerOpen] = useState(startWithAssetDialog);
  const [pickerUsed, setPickerUsed] = useState(startWithAssetDialog);
  const [files, setFiles] = useState<Record<string, File[]>>({});
  // the ticket's own files, for any request: support or administrative
  const ticketFiles = useMessageFiles(maxBytes);
  const [uploading, setUploading] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  // Set when the user changes the asset: the draft is saved once the form shows the change.
  const [assetChanges, setAssetChanges] = useState(0);
  const [focusVendorFields, setFocusVendorFields] = useState(false);
  const [filledFrom, setFilledFrom] = useState<{ fileName: string; keys: string[] } | null>(null);

  const { formProps, formError, isPending, values, field, reset } = useCheckedForm<
    FormValues,
    { id: string }
  >({
    schema: loadSchema,
    action: createTicketAction,
    defaultValues: { subject: "", description: "", priority: "normal", idempotencyKey },
    onSuccess: async ({ id }) => {
      draft.clear();
      const chosen = [...Object.values(files).flat(), ...ticketFiles.files];
      if (chosen.length) {
        setUploading(0);
        const { sendUpload } = await import("@/components/tickets/send-upload");
        const outcome = await sendUpload({ ticketId: id, files: chosen, onProgress: setUploading });
        if (!outcome.ok)
          setUploadError(t("filesNotAttached", { error: messageText(outcome.error) ?? "" }));
      }
      router.push(`/tickets/${id}`);
    },
  });

  const chooseAsset = useCallback(
    (next: SelectableAsset | null, keepValues: Record<string, unknown> = {}) => {
      setAsset(next);
      setVendorValues(keepValues);
      setFiles({});
      setFilledFrom(null);
    },
    [],
  );

  const restore = useCallback(
    (saved: TicketDraft) => {
      const text = Object.fromEntries(
        TOP_LEVEL.filter((name) => typeof saved[name] === "string").map((name) => [
          name,
          saved[name] as string,
        ]),
      );
      reset(text);
      const savedAsset = assets.find(
        (candidate) => candidate.id === saved.assetId && !candidate.isExpired,
      );
      const vendorFields = saved.vendorFields;
      if (savedAsset)
        chooseAsset(
          savedAsset,
          typeof vendorFields === "object" && vendorFields !== null
            ? (vendorFields as Record<string, unknown>)
            : {},
        );
    },
    // `reset` only sets the form's fields
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [assets, chooseAsset],
  );
  const draft = useTicketDraft(draftKey, formProps.ref, restore);
  const { save } = draft;
  useEffect(() => {
    if (assetChanges) save();
  }, [assetChanges, save]);

  const userChoosesAsset = (next: SelectableAsset | null) => {
    chooseAsset(next);
    setFocusVendorFields(next !== null);
    setAssetChanges((count) => count + 1);
  };

  const assetError = field("assetId").error;
  const priority = field("priority");

  return (
    <form
      method="post"
      {...formProps}
      onInput={save}
      onChange={save}
      {...ticketFiles.dropTarget}
      className={cn(
        "grid gap-6 rounded-md lg:grid-cols-[minmax(0,1fr)_24rem]",
        dropHighlight(ticketFiles.isDragging),
      )}
    >
      <div className="flex min-w-0 flex-col gap-5">
        <FormMessage message={uploadError ?? formError} />
        <input type="hidden" name="idempotencyKey" defaultValue={values.idempotencyKey} />
        <input type="hidden" name="assetId" value={asset?.id ?? ""} readOnly />
        <input type="hidden" name="vendor" value={asset?.vendor ?? ""} readOnly />
        {/* once the script runs, it opens the ticket itself, after uploading the files */}
        <input type="hidden" name="navigation" value={isHydrated ? "client" : "server"} readOnly />
        {uploading !== null ? (
          <div className="flex flex-col gap-1 text-sm" aria-live="polite">
            <label htmlFor="upload-progress">{t("uploading", { percent: uploading })}</label>
            <progress id="upload-progress" max={100} value={uploading} className="w-full" />
          </div>
        ) : null}
        {asset ? (
          <Suspense>
            <ChosenAsset asset={asset} onRemove={() => userChoosesAsset(null)} />
          </Suspense>
        ) : (
          notice
        )}
        {assetError ? (
          <p role="alert" className="text-sm font-medium text-brand-700">
            {messageText(assetError)}
          </p>
        ) : null}
        <div className="flex flex-col items-start gap-2">
          <Button
            variant="secondary"
            onClick={() => {
              void loadSupportRequest(); // while the customer picks
              setPickerUsed(true);
              setPickerOpen(true);
            }}
          >
            {asset ? t("changeAsset") : t("addAsset")}
          </Button>
          <NeedsJavaScript what={t("addingAsset")} />
        </div>
        <Field label={t("subject")} required maxLength={200} {...field("subject")} />
        <TextareaField
          label={t("description")}
          rows={10}
          required
          hint={t("descriptionHint")}
          onPaste={ticketFiles.onPaste}
          {...field("description")}
        />
        <MessageFilesField state={ticketFiles} maxBytes={maxBytes} hint={t("filesHint")} />
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium text-navy-900">{t("priority")}</legend>
          {TICKET_PRIORITIES.map((option) => (
            <label key={option} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="priority"
                value={option}
                defaultChecked={priority.defaultValue === option}
                onFocus={priority.onFocus}
                onBlur={priority.onBlur}
                onChange={priority.onChange}
                className="mt-1"
              />
              <span>
                <span className="font-medium text-slate-900">{enums(`priority.${option}`)}</span>
                <span className="text-slate-600">
                  {t("priorityMeaning", { meaning: enums(`priorityMeaning.${option}`) })}
                </span>
              </span>
            </label>
          ))}
          {priority.error ? (
            <p role="alert" className="text-sm font-medium text-brand-700">
              {messageText(priority.error)}
            </p>
          ) : null}
        </fieldset>
      </div>
      {asset ? (
        <Suspense fallback={<p className="text-sm text-slate-600">{t("loadingFields")}</p>}>
          <AdditionalInformation
            key={asset.id}
            asset={asset}
            values={vendorValues}
            field={field}
            onFilesChosen={(key, chosen) => setFiles((current) => ({ ...current, [key]: chosen }))}
            focusFirstField={focusVendorFields}
            filledFrom={filledFrom ?? undefined}
            onDebugFile={(reading, file) => {
              const form = formProps.ref.current;
              const keys = form ? fillFormFields(form, "vendorFields", reading.values) : [];
              setFilledFrom({ fileName: reading.fileName, keys });
              // the file goes to the ticket with the others once it is created
              setFiles((current) => ({ ...current, [DEBUG_FILE]: [file] }));
              save();
              return keys.length;
            }}
            onUseAsset={(assetId) => {
              const next = assets.find((candidate) => candidate.id === assetId);
              if (!next) return;
              const kept = files[DEBUG_FILE];
              const form = formProps.ref.current;
              const typed = form ? vendorValuesIn(form, "vendorFields") : {};
              userChoosesAsset(next);
              // the same answers for the other device: the file and what it filled in stay
              setVendorValues(typed);
              setFilledFrom(filledFrom);
              if (kept) setFiles({ [DEBUG_FILE]: kept });
            }}
          />
        </Suspense>
      ) : null}
      {/* after Additional Information, so it is the last stop of the keyboard and of a phone */}
      <SubmitButton
        size="lg"
        pending={isPending || uploading !== null}
        className="self-start justify-self-start lg:col-start-1"
      >
        {t("create")}
      </SubmitButton>
      {pickerUsed ? (
        <Suspense>
          <AssetPickerDialog
            assets={assets}
            open={pickerOpen}
            onClose={() => setPickerOpen(false)}
            onSelect={(next) => {
              userChoosesAsset(next);
              setPickerOpen(false);
            }}
          />
        </Suspense>
      ) : null}
    </form>
  );
}
