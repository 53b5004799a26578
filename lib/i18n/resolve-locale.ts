import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { DEFAULT_APP_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

/** The portal's language the browser prefers most (its Accept-Language), if it names one. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const asked = new Negotiator({ headers: { "accept-language": header } }).languages();
  const known = asked.filter((tag) => {
    try {
      return Boolean(Intl.getCanonicalLocales(tag).length);
    } catch {
      return false; // "*" or a malformed tag
    }
  });
  if (!known.length) return null;
  const found = match(known, LOCALES, "none");
  return isLocale(found) ? found : null;
}

/**
 * The language a request is answered in: the user's own choice (their profile), else this
 * browser's (the cookie), else what the browser asks for, else English.
 */
export function resolveLocale({
  profile,
  cookie,
  acceptLanguage,
}: {
  profile?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(profile)) return profile;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_APP_LOCALE;
}
