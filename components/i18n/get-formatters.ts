import { getLocale } from "next-intl/server";
import { formattersFor } from "@/lib/i18n/formatters";

/** useFormatters for async server components. */
export async function getFormatters() {
  return formattersFor(await getLocale());
}
