import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getSignedIn } from "@/lib/auth/actor";
import { LOCALE_COOKIE, type Locale } from "./locales";
import { resolveLocale } from "./resolve-locale";

/** The language of this request (resolveLocale), worked out once per request. */
export const currentLocale = cache(async (): Promise<Locale> => {
  const [signedIn, cookieStore, requestHeaders] = await Promise.all([
    getSignedIn(),
    cookies(),
    headers(),
  ]);
  return resolveLocale({
    profile: signedIn?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: requestHeaders.get("accept-language"),
  });
});
