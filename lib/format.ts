// How the portal writes dates, times and names (file sizes: lib/file-size.ts): one module, safe
// on the client and the server. Every function takes the locale last, defaulting to British English; the
// Polish/English issue passes the user's.

import { DEFAULT_LOCALE } from "./locale";

/** The portal's clock: times people read, business hours, daily quotas, auto-close. */
export const PORTAL_TIME_ZONE = "Europe/Warsaw";

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

type DateTimeOptions = { seconds?: boolean; timeZone?: string };

/**
 * "3 Mar 2026, 14:05" in Warsaw time (with `seconds`, "14:05:09"): when something happened.
 * No instant (never logged in, …) reads "—".
 */
export const formatDateTime = (
  instant: Date | null,
  { seconds = false, timeZone = PORTAL_TIME_ZONE }: DateTimeOptions = {},
  locale = DEFAULT_LOCALE,
) =>
  instant
    ? dateTimeFormat(locale, {
        dateStyle: "medium",
        timeStyle: seconds ? "medium" : "short",
        timeZone,
      }).format(instant)
    : "—";

/**
 * "2 Dec, 10:12" in Warsaw time — "Tue 3 Dec, 16:00" with `weekday` (a time people plan by) —
 * for times near `now`: the year is written only when it is not the current one
 * ("2 Dec 2025, 10:12").
 */
export function formatNearDateTime(
  instant: Date,
  { weekday = false, now = new Date() }: { weekday?: boolean; now?: Date } = {},
  locale = DEFAULT_LOCALE,
): string {
  const sameYear =
    isoDay(instant, PORTAL_TIME_ZONE).slice(0, 4) === isoDay(now, PORTAL_TIME_ZONE).slice(0, 4);
  return dateTimeFormat(locale, {
    ...(weekday ? { weekday: "short" } : {}),
    day: "numeric",
    month: "short",
    ...(sameYear ? {} : { year: "numeric" }),
    hour: "2-digit",
    minute: "2-digit",
    timeZone: PORTAL_TIME_ZONE,
  }).format(instant);
}

const DAY_STYLES = {
  /** "3 March 2026" */
  long: { day: "numeric", month: "long", year: "numeric" },
  /** "3 Mar" */
  short: { day: "numeric", month: "short" },
  /** "Tuesday, 3 March 2026" */
  full: { dateStyle: "full" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A calendar day stored as 'YYYY-MM-DD' (a contract's validity, a chart's day), written the way
 * dates are written across the portal: "3 March 2026" unless another style is asked for.
 */
export const formatDay = (
  isoDay: string,
  style: keyof typeof DAY_STYLES = "long",
  locale = DEFAULT_LOCALE,
) =>
  dateTimeFormat(locale, { ...DAY_STYLES[style], timeZone: "UTC" }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );

/**
 * The calendar day of an instant as 'YYYY-MM-DD' (by default today's). In UTC unless a time
 * zone is given: contract dates are compared in UTC.
 */
export function isoDay(instant: Date = new Date(), timeZone = "UTC"): string {
  if (timeZone === "UTC") return instant.toISOString().slice(0, 10);
  const parts = dateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** "Anna Nowak". Nulls (a left join that found no one) are left out. */
export const personName = ({
  firstName,
  lastName,
}: {
  firstName: string | null;
  lastName: string | null;
}) => [firstName, lastName].filter(Boolean).join(" ");
