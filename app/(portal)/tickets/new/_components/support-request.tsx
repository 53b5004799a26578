"use client";

import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { VendorFieldsForm, type FieldControl } from "@/components/vendors/vendor-fields-form";
import type { SelectableAsset } from "@/lib/tickets/selectable-assets";
import { AssetSummary } from "./asset-summary";

// What "Create new ticket" shows once an asset is added, loaded only then.

/** The product the request is about, with "Remove asset". */
export function ChosenAsset({ asset, onRemove }: { asset: SelectableAsset; onRemove: () => void }) {
  return (
    <Card as="section" aria-labelledby="asset-heading">
      <CardHeader
        id="asset-heading"
        title="Support request"
        level={2}
        description="About this product:"
        actions={
          <Button variant="ghost" size="sm" onClick={onRemove}>
            Remove asset
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
 * fields are chosen here and uploaded once the ticket exists (`onFilesChosen`).
 */
export function AdditionalInformation({
  asset,
  values,
  field,
  onFilesChosen,
}: {
  asset: SelectableAsset;
  values: Record<string, unknown>;
  field: (name: string) => FieldControl;
  onFilesChosen: (key: string, files: File[]) => void;
}) {
  return (
    <Card as="section" aria-labelledby="additional-information-heading" className="self-start">
      <CardHeader
        id="additional-information-heading"
        title="Additional Information"
        level={2}
        description={`What ${asset.vendorName} support needs for this case.`}
      />
      <CardBody>
        <VendorFieldsForm
          vendorId={asset.vendor}
          values={values}
          field={field}
          renderFileField={(vendorField, ids) => (
            <div className="flex flex-col gap-1.5">
              <label htmlFor={ids.inputId} className="text-sm font-medium text-navy-900">
                {vendorField.label}{" "}
                <span className="text-xs font-normal text-slate-500">Optional</span>
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
                {vendorField.help}
              </p>
            </div>
          )}
        />
      </CardBody>
    </Card>
  );
}
