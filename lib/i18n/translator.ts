import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json" with { type: "json" };
import pl from "@/messages/pl.json" with { type: "json" };
import type { Locale } from "./locales";
import type { Translate } from "./message";

const CATALOGS: Record<Locale, typeof en> = { en, pl };

/**
 * Words for code that runs outside a page's render (emails, in a request or in the mail
 * worker): `namespace` of `locale`'s catalog.
 */
export function translatorFor<N extends keyof typeof en>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace });
}

const whole: Partial<Record<Locale, Translate>> = {};

/**
 * The whole catalog of `locale` for keys known only at run time (a `msg`'s, a vendor field's),
 * outside a page: writeMessage for a script's output, tests reading what a page would show.
 */
export function catalogTranslator(locale: Locale): Translate {
  return (whole[locale] ??= createTranslator({
    locale,
    messages: CATALOGS[locale],
  }) as unknown as Translate);
}
