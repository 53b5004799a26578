import { getRequestConfig } from "next-intl/server";
import { PORTAL_TIME_ZONE } from "@/lib/format";
import { currentLocale } from "@/lib/i18n/current-locale";

// next-intl's configuration for each request (found here by its plugin in next.config.ts).
export default getRequestConfig(async () => {
  const locale = await currentLocale();
  return {
    locale,
    timeZone: PORTAL_TIME_ZONE,
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
