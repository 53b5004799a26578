import { useTranslate } from "@/components/i18n/use-message-text";
import { useTranslations } from "next-intl";
import type { SelectableAsset } from "@/lib/tickets/selectable-assets";
import { vendorDisplayName } from "@/lib/vendors/words";

/** An asset as "Add asset" lists it and the chosen one shows: product, serial, contract. */
export function AssetSummary({
  asset,
  withDescription = false,
}: {
  asset: SelectableAsset;
  withDescription?: boolean;
}) {
  const t = useTranslations("portal.newTicket.assetSummary");
  const words = useTranslate();
  return (
    <>
      <p className="font-medium text-slate-900">
        {vendorDisplayName(words, asset.vendor, asset.vendorName)} {asset.product}
      </p>
      <p className="font-mono text-xs text-slate-600">
        {t("serialNumber", { serial: asset.serialNumber })}
      </p>
      <p className="text-xs text-slate-500">
        {t("contract", { number: asset.contractNumber, customer: asset.customerName })}
        {withDescription && asset.description ? ` · ${asset.description}` : ""}
      </p>
    </>
  );
}
