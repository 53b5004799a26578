"use client";

import { useTranslations } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useFormatters } from "@/components/i18n/use-formatters";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";

// Pictures of the numbers only: each chart sits in a <figure> whose hidden table carries the
// same data for screen readers, so the SVG is aria-hidden.
// Drawn in the browser only: recharts sizes its boxes with style attributes, which the
// Content-Security-Policy (style-src with a nonce) refuses in server-rendered HTML, leaving
// every box 0 px high; styles React sets from the browser (CSSOM) are not subject to it.

const NAVY = "var(--color-navy-600)";
const BRAND = "var(--color-brand-600)";
const GRID = "#e2e8f0";
const AXIS = { fontSize: 12, fill: "#475569" };

export type DailyPoint = { day: string; label: string; opened: number; closed: number };

export function DailyTicketsChart({ data }: { data: DailyPoint[] }) {
  const t = useTranslations("admin.overview");
  const format = useFormatters();
  const isHydrated = useIsHydrated();
  if (!isHydrated) return <div aria-hidden="true" className="h-72 w-full" />;
  return (
    <div aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={data}
          margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
        >
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="label" tick={AXIS} interval="preserveStartEnd" minTickGap={16} />
          <YAxis allowDecimals={false} tick={AXIS} tickFormatter={format.number} />
          <Tooltip formatter={(value) => format.number(Number(value))} />
          <Legend />
          <Bar dataKey="opened" name={t("opened")} fill={NAVY} />
          <Bar dataKey="closed" name={t("closed")} fill={BRAND} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export type CountPoint = { label: string; count: number };

/** Horizontal bars: one per status or vendor. */
export function CountBarChart({
  data,
  color = "navy",
  name,
}: {
  data: CountPoint[];
  color?: "navy" | "brand";
  name: string;
}) {
  const format = useFormatters();
  const isHydrated = useIsHydrated();
  const height = Math.max(160, data.length * 40 + 40);
  if (!isHydrated) return <div aria-hidden="true" className="h-40 w-full" />;
  return (
    <div aria-hidden="true" className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 0, left: 8 }}
        >
          <CartesianGrid stroke={GRID} horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={AXIS} tickFormatter={format.number} />
          <YAxis type="category" dataKey="label" width={150} tick={AXIS} />
          <Tooltip formatter={(value) => format.number(Number(value))} />
          <Bar dataKey="count" name={name} fill={color === "navy" ? NAVY : BRAND} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
