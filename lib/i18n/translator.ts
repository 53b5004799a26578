import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json" with { type: "json" };
import pl from "@/messages/pl.json" with { type: "json" };
import type { Locale } from "./locales";

const CATALOGS: Record<Locale, typeof en> = { en, pl };

/**
 * Words for code that runs outside a page's render (emails, in a request or in the mail
 * worker): `namespace` of `locale`'s catalog.
 */
export function translatorFor<N extends keyof typeof en>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace });
}
