import { DataTable } from "@/components/ui/data-table";
import { vendorName } from "@/lib/vendors";

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
  return (
    <div
      className="overflow-x-auto rounded-md border border-slate-200"
      role="region"
      aria-label="Covered assets table"
      tabIndex={0}
    >
      <DataTable
        caption={caption}
        compact
        cards
        rows={assets}
        rowKey={(asset) => asset.id}
        rowClassName={() => undefined}
        columns={[
          {
            header: "Vendor",
            className: "whitespace-nowrap",
            cell: (asset) => vendorName(asset.vendor),
          },
          { header: "Product / model", cell: (asset) => asset.product },
          {
            header: "Serial number",
            className: "font-mono whitespace-nowrap",
            headerClassName: "",
            cell: (asset) => asset.serialNumber,
          },
          {
            header: "Description",
            cell: (asset) =>
              asset.description || (
                <span className="text-slate-500">
                  <span aria-hidden="true">—</span>
                  <span className="sr-only">No description</span>
                </span>
              ),
          },
        ]}
      />
    </div>
  );
}
