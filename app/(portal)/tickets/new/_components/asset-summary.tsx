import type { SelectableAsset } from "@/lib/tickets/selectable-assets";

/** An asset as "Add asset" lists it and the chosen one shows: product, serial, contract. */
export function AssetSummary({
  asset,
  withDescription = false,
}: {
  asset: SelectableAsset;
  withDescription?: boolean;
}) {
  return (
    <>
      <p className="font-medium text-slate-900">
        {asset.vendorName} {asset.product}
      </p>
      <p className="font-mono text-xs text-slate-600">S/N {asset.serialNumber}</p>
      <p className="text-xs text-slate-500">
        Contract {asset.contractNumber} · {asset.customerName}
        {withDescription && asset.description ? ` · ${asset.description}` : ""}
      </p>
    </>
  );
}
