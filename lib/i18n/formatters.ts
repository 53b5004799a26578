import { formatFileSize } from "@/lib/file-size";
import { formatDateTime, formatDay, formatNearDateTime } from "@/lib/format";
import { INTL_LOCALES, type Locale } from "./locales";

type Tail<F> = F extends (first: infer A, second: infer B, locale?: string) => string
  ? (first: A, second?: B) => string
  : never;

/**
 * lib/format's and lib/file-size's functions writing in `locale`'s way ("3 Mar 2026, 14:05" /
 * "3 mar 2026, 14:05"; "1.5 MB" / "1,5 MB"): what pages (useFormatters, getFormatters) and
 * emails write dates, times, numbers and sizes with.
 */
export function formattersFor(locale: Locale) {
  const tag = INTL_LOCALES[locale];
  return {
    dateTime: ((instant, options) => formatDateTime(instant, options, tag)) as Tail<
      typeof formatDateTime
    >,
    nearDateTime: ((instant, options) => formatNearDateTime(instant, options, tag)) as Tail<
      typeof formatNearDateTime
    >,
    day: ((isoDay, style) => formatDay(isoDay, style, tag)) as Tail<typeof formatDay>,
    fileSize: (bytes: number) => formatFileSize(bytes, tag),
    number: (value: number) => value.toLocaleString(tag),
  };
}

export type Formatters = ReturnType<typeof formattersFor>;
