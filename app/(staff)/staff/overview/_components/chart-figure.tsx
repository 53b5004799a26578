import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";

/**
 * A chart with its caption and the same numbers as a visually hidden table: screen readers get
 * the table, everyone else the picture.
 */
export function ChartFigure({
  id,
  caption,
  chart,
  columns,
  rows,
}: {
  id: string;
  caption: string;
  chart: ReactNode;
  columns: string[];
  rows: Array<Array<string | number>>;
}) {
  const t = useTranslations("admin.overview");
  return (
    <figure aria-labelledby={`${id}-caption`} className="flex flex-col gap-3">
      <figcaption id={`${id}-caption`} className="text-lg font-semibold text-navy-900">
        {caption}
      </figcaption>
      {rows.length ? chart : <p className="text-sm text-slate-600">{t("nothingYet")}</p>}
      {/* the box is hidden, not the table: a table grows to its content whatever its width,
          and would stick out of a phone's screen */}
      <div className="sr-only">
        <DataTable
          caption={caption}
          rows={rows}
          rowKey={([head]) => String(head)}
          columns={columns.map((header, index) => ({
            header,
            isRowHeader: index === 0,
            cell: (row: Array<string | number>) => row[index],
          }))}
        />
      </div>
    </figure>
  );
}
