"use client";

import { useTranslate } from "@/components/i18n/use-message-text";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { VendorFieldsForm, type FieldControl } from "@/components/vendors/vendor-fields-form";
import type { SelectableAsset } from "@/lib/tickets/selectable-assets";
import { valuesFromAsset } from "@/lib/vendors";
import { fieldHelp, fieldLabel, vendorDisplayName } from "@/lib/vendors/words";
import { AssetSummary } from "./asset-summary";
import { DebugFileFill } from "./debug-file-fill";
import type { DebugFileReading } from "@/lib/debug-files/read-for-ticket";

// What "Create new ticket" shows once an asset is added, loaded only then.

/** The product the request is about, with "Remove asset". */
export function ChosenAsset({ asset, onRemove }: { asset: SelectableAsset; onRemove: () => void }) {
  const t = useTranslations("portal.newTicket.supportRequest");
  return (
    <Card as="section" aria-labelledby="asset-heading">
      <CardHeader
        id="asset-heading"
        title={t("title")}
        level={2}
        description={t("description")}
        actions={
          <Button variant="ghost" size="sm" onClick={onRemove}>
            {t("removeAsset")}
          </Button>
        }
      />
      <CardBody className="text-sm">
        <AssetSummary asset={asset} />
      </CardBody>
    </Card>
  );
}

/**
 * The vendor's Additional Information fields, as named controls of the ticket form; its file
 * fields are chosen here and uploaded once the ticket exists (`onFilesChosen`). What the asset
 * already tells (the product family of a "FortiGate 200F") starts filled in, unless `values`
 * (a restored draft) says otherwise.
 */
export function AdditionalInformation({
  asset,
  values,
  field,
  onFilesChosen,
  focusFirstField,
  filledFrom,
  onDebugFile,
  onUseAsset,
}: {
  asset: SelectableAsset;
  values: Record<string, unknown>;
  field: (name: string) => FieldControl;
  onFilesChosen: (key: string, files: File[]) => void;
  /** The fields a debug file filled in, marked as such. */
  filledFrom?: { fileName: string; keys: readonly string[] };
  /** A debug file was read: fill in its values, keep the file; answers how many were filled. */
  onDebugFile: (reading: DebugFileReading, file: File) => number;
  /** Switch the request to the customer's asset the debug file is from. */
  onUseAsset: (assetId: string) => void;
  /** Set when the customer has just chosen the asset: the fields are what comes next. */
  focusFirstField: boolean;
}) {
  const t = useTranslations("portal.newTicket.supportRequest");
  const words = useTranslate();
  const fields = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // the vendor's first field, past "Fill in from a debug file": what most customers answer next
    if (focusFirstField)
      fields.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
    // only when the fields appear (the form remounts them for another asset)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Card as="section" aria-labelledby="additional-information-heading" className="self-start">
      <CardHeader
        id="additional-information-heading"
        title={t("additionalInformation")}
        level={2}
        description={t("additionalInformationDescription", {
          vendor: vendorDisplayName(words, asset.vendor, asset.vendorName),
        })}
      />
      <CardBody className="flex flex-col gap-5">
        <DebugFileFill assetId={asset.id} onFilled={onDebugFile} onUseAsset={onUseAsset} />
        <div ref={fields}>
          <VendorFieldsForm
            filledFrom={filledFrom}
            vendorId={asset.vendor}
            values={{ ...valuesFromAsset(asset.vendor, asset), ...values }}
            field={field}
            renderFileField={(vendorField, ids) => (
              <div className="flex flex-col gap-1.5">
                <label htmlFor={ids.inputId} className="text-sm font-medium text-navy-900">
                  {fieldLabel(words, vendorField)}{" "}
                  <span className="text-xs font-normal text-slate-500">{t("optional")}</span>
                </label>
                <input
                  id={ids.inputId}
                  type="file"
                  multiple
                  aria-describedby={ids.hintId}
                  onChange={(event) =>
                    onFilesChosen(vendorField.key, Array.from(event.target.files ?? []))
                  }
                  className="text-sm"
                />
                <p id={ids.hintId} className="text-sm text-slate-600">
                  {fieldHelp(words, vendorField)}
                </p>
              </div>
            )}
          />
        </div>
      </CardBody>
    </Card>
  );
}
