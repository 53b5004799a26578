import type { ReactNode } from "react";

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
  return (
    <figure aria-labelledby={`${id}-caption`} className="flex flex-col gap-3">
      <figcaption id={`${id}-caption`} className="text-lg font-semibold text-navy-900">
        {caption}
      </figcaption>
      {rows.length ? chart : <p className="text-sm text-slate-600">Nothing to show yet.</p>}
      <table className="sr-only">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([head, ...cells]) => (
            <tr key={String(head)}>
              <th scope="row">{head}</th>
              {cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
