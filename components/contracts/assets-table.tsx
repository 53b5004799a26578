import { useTranslate } from "@/components/i18n/use-message-text";
import { useTranslations } from "next-intl";
import { DataTable, type Column } from "@/components/ui/data-table";
import { vendorName } from "@/lib/vendors";
import { vendorDisplayName } from "@/lib/vendors/words";

const NONE = "—";

type Asset = {
  id: string;
  vendor: string;
  product: string;
  serialNumber: string;
  description: string | null;
};

/**
 * The assets a contract covers, for customers and staff alike, in a box that scrolls sideways
 * on its own (reachable by keyboard) when the table is wider than the page.
 */
export function AssetsTable({ assets, caption }: { assets: Asset[]; caption?: string }) {
  const t = useTranslations("tickets.assets");
  const words = useTranslate();
  const columns: Array<Column<Asset>> = [
    {
      header: t("vendor"),
      className: "whitespace-nowrap",
      cell: (asset) => vendorDisplayName(words, asset.vendor, vendorName(asset.vendor)),
    },
    { header: t("product"), cell: (asset) => asset.product },
    {
      header: t("serialNumber"),
      className: "font-mono whitespace-nowrap",
      headerClassName: "",
      cell: (asset) => asset.serialNumber,
    },
    {
      header: t("description"),
      cell: (asset) =>
        asset.description || (
          <span className="text-slate-500">
            <span aria-hidden="true">{NONE}</span>
            <span className="sr-only">{t("noDescription")}</span>
          </span>
        ),
    },
  ];
  return (
    <div
      className="overflow-x-auto rounded-md border border-slate-200"
      role="region"
      aria-label={t("tableLabel")}
      tabIndex={0}
    >
      <DataTable
        caption={caption}
        compact
        cards
        rows={assets}
        rowKey={(asset) => asset.id}
        rowClassName={() => undefined}
        columns={columns}
      />
    </div>
  );
}
