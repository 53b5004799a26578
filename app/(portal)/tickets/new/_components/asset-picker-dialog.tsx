"use client";

import { useTranslate } from "@/components/i18n/use-message-text";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useFormatters } from "@/components/i18n/use-formatters";
import { Button } from "@/components/ui/button";
import type { SelectableAsset } from "@/lib/tickets/selectable-assets";
import { vendorDisplayName } from "@/lib/vendors/words";
import { AssetSummary } from "./asset-summary";

function matches(asset: SelectableAsset, term: string) {
  const text = `${asset.vendorName} ${asset.product} ${asset.serialNumber} ${asset.contractNumber} ${asset.customerName} ${asset.description ?? ""}`;
  return term
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.toLowerCase().includes(word));
}

/** "Add asset": the products of the customer's contracts, searchable; expired ones shown but disabled. */
export function AssetPickerDialog({
  assets,
  open,
  onClose,
  onSelect,
}: {
  assets: SelectableAsset[];
  open: boolean;
  onClose: () => void;
  onSelect: (asset: SelectableAsset) => void;
}) {
  const t = useTranslations("portal.newTicket.assetPicker");
  const format = useFormatters();
  const words = useTranslate();
  const dialog = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const [term, setTerm] = useState("");
  const headingId = useId();
  const searchId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      // React's autoFocus ran before the dialog opened, and showModal() focuses "Close".
      search.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  const shown = assets.filter((asset) => matches(asset, term));
  return (
    <dialog
      ref={dialog}
      aria-labelledby={headingId}
      onClose={onClose}
      className="m-auto w-[min(44rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-navy-900/50"
    >
      <div className="flex max-h-[80vh] flex-col">
        <div className="flex items-center justify-between border-b border-slate-200 px-5 py-4">
          <h2 id={headingId} className="text-lg font-semibold text-navy-900">
            {t("title")}
          </h2>
          <Button variant="ghost" size="sm" onClick={onClose}>
            {t("close")}
          </Button>
        </div>
        <div className="border-b border-slate-200 px-5 py-3">
          <label htmlFor={searchId} className="text-sm font-medium text-navy-900">
            {t("search")}
          </label>
          <input
            id={searchId}
            ref={search}
            type="search"
            value={term}
            onChange={(event) => setTerm(event.target.value)}
            placeholder={t("searchPlaceholder")}
            className="mt-1 block h-10 w-full rounded-md border border-slate-300 px-3 text-sm"
          />
        </div>
        <ul
          className="flex-1 divide-y divide-slate-100 overflow-y-auto"
          aria-label={t("listLabel")}
        >
          {shown.length === 0 ? (
            <li className="px-5 py-6 text-sm text-slate-600">
              {assets.length ? t("noMatch") : t("noProducts")}
            </li>
          ) : (
            shown.map((asset) => (
              <li key={asset.id} className="flex items-center justify-between gap-4 px-5 py-3">
                <div className="min-w-0 text-sm">
                  <AssetSummary asset={asset} withDescription />
                  {asset.isExpired ? (
                    <p className="text-xs font-medium text-brand-700" id={`expired-${asset.id}`}>
                      {t("expired", { date: format.day(asset.validTo) })}
                    </p>
                  ) : null}
                </div>
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={asset.isExpired}
                  aria-describedby={asset.isExpired ? `expired-${asset.id}` : undefined}
                  aria-label={t("selectLabel", {
                    vendor: vendorDisplayName(words, asset.vendor, asset.vendorName),
                    product: asset.product,
                    serial: asset.serialNumber,
                  })}
                  onClick={() => {
                    // Closed first: closing returns focus to "Add asset", and the form then
                    // moves it on to the asset's fields.
                    dialog.current?.close();
                    onSelect(asset);
                  }}
                >
                  {t("select")}
                </Button>
              </li>
            ))
          )}
        </ul>
      </div>
    </dialog>
  );
}
