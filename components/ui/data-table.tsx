import type { ReactNode } from "react";
import { cn } from "./cn";

export type Column<T> = {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The cell that names its row: a `<th scope="row">`. */
  isRowHeader?: boolean;
  /** Extra classes of this column's cells (and its header's, unless `headerClassName`). */
  className?: string;
  headerClassName?: string;
};

/**
 * Every table of the app: a caption (visually hidden unless `showCaption`), one header row and
 * a row per item. Holds no data access; pages pass the rows and how to draw each column.
 */
export function DataTable<T>({
  caption,
  captionId,
  columns,
  rows,
  rowKey,
  rowClassName = () => "hover:bg-slate-50",
  rowProps,
  compact = false,
  stickyHeader = false,
  className,
}: {
  caption?: ReactNode;
  captionId?: string;
  columns: Array<Column<T>>;
  rows: T[];
  rowKey: (row: T) => string | number;
  rowClassName?: (row: T) => string | undefined;
  rowProps?: (row: T) => Record<`data-${string}`, string | number>;
  /** Tighter cells, for a table inside a card. */
  compact?: boolean;
  /** Keeps the header row in view in a scrolling container. */
  stickyHeader?: boolean;
  /** Replaces the table's own classes (e.g. "sr-only" for a chart's data). */
  className?: string;
}) {
  const cellClass = compact ? "px-3 py-2" : "px-4 py-3";
  return (
    <table className={className ?? "w-full text-left text-sm"}>
      {caption ? (
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
      ) : null}
      <thead
        className={cn(
          "border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase",
          stickyHeader && "sticky top-0",
        )}
      >
        <tr>
          {columns.map((column, index) => (
            <th
              key={index}
              scope="col"
              className={cn(cellClass, "font-semibold", column.headerClassName ?? column.className)}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 align-top">
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName(row)} {...rowProps?.(row)}>
            {columns.map((column, index) => {
              const Cell = column.isRowHeader ? "th" : "td";
              return (
                <Cell
                  key={index}
                  scope={column.isRowHeader ? "row" : undefined}
                  className={cn(cellClass, column.isRowHeader && "font-semibold", column.className)}
                >
                  {column.cell(row)}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
