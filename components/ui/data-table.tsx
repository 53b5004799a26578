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
  cards = false,
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
  /**
   * On a phone, each row a card: its cells stacked, each after its column's name (the table's
   * roles are set explicitly, as a table displayed as blocks would lose them).
   */
  cards?: boolean;
  /** Replaces the table's own classes (e.g. "sr-only" for a chart's data). */
  className?: string;
}) {
  const cellClass = cn(compact ? "px-3 py-2" : "px-4 py-3", cards && "max-md:py-1");
  const role = (name: string) => (cards ? name : undefined);
  return (
    <table
      role={role("table")}
      className={cn(className ?? "w-full text-left text-sm", cards && "max-md:block")}
    >
      {caption ? (
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
      ) : null}
      <thead
        role={role("rowgroup")}
        className={cn(
          "border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase",
          stickyHeader && "sticky top-0",
          cards && "max-md:sr-only",
        )}
      >
        <tr role={role("row")}>
          {columns.map((column, index) => (
            <th
              key={index}
              scope="col"
              role={role("columnheader")}
              className={cn(cellClass, "font-semibold", column.headerClassName ?? column.className)}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody
        role={role("rowgroup")}
        className={cn("divide-y divide-slate-200 align-top", cards && "max-md:block")}
      >
        {rows.map((row) => (
          <tr
            key={rowKey(row)}
            role={role("row")}
            className={cn(rowClassName(row), cards && "max-md:block max-md:py-3")}
            {...rowProps?.(row)}
          >
            {columns.map((column, index) => {
              const Cell = column.isRowHeader ? "th" : "td";
              return (
                <Cell
                  key={index}
                  scope={column.isRowHeader ? "row" : undefined}
                  role={role(column.isRowHeader ? "rowheader" : "cell")}
                  className={cn(
                    cellClass,
                    column.isRowHeader && "font-semibold",
                    column.className,
                    cards && "max-md:flex max-md:max-w-none max-md:gap-2",
                  )}
                >
                  {cards ? (
                    <>
                      <span
                        aria-hidden="true"
                        className="w-28 shrink-0 text-xs font-semibold tracking-wide text-slate-500 uppercase md:hidden"
                      >
                        {column.header}
                      </span>
                      <span className="min-w-0 max-md:flex-1">{column.cell(row)}</span>
                    </>
                  ) : (
                    column.cell(row)
                  )}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
