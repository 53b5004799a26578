// The portal's languages: constants safe in the browser's bundle (resolve-locale.ts picks one
// for a request, on the server).
import { LOCALES, type Locale } from "@/db/schema/enums";

export { LOCALES, type Locale };

export const DEFAULT_APP_LOCALE: Locale = "en";

/** Remembers the language chosen in this browser (also before logging in), for a year. */
export const LOCALE_COOKIE = "clico-locale";
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/** Each language's name in itself, as the switcher offers it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", pl: "Polski" };

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/**
 * The language to write to someone in: the one on their account, else the one of the request
 * that made the message when it is theirs (a sign-up, a reset they asked for), else English.
 */
export const recipientLocale = (
  recipient: { locale?: Locale | null },
  requestLocale?: Locale | null,
): Locale => recipient.locale ?? requestLocale ?? DEFAULT_APP_LOCALE;

/** The `Intl` locale each language writes dates and numbers with ("3 Mar 2026", "3 mar 2026"). */
export const INTL_LOCALES: Record<Locale, string> = { en: "en-GB", pl: "pl-PL" };
