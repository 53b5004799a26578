import { useLocale } from "next-intl";
import { formattersFor } from "@/lib/i18n/formatters";

/** Dates, times, numbers and file sizes in the reader's language (server or client component). */
export function useFormatters() {
  return formattersFor(useLocale());
}
