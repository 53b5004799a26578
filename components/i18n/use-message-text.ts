import { useLocale, useTranslations } from "next-intl";
import { writeMessage, type Translate } from "@/lib/i18n/message";

/**
 * The whole catalog in the reader's language, for keys known only at run time (a `msg`'s, a
 * vendor field's): server (sync) or client components. Async server components: getTranslate.
 */
export const useTranslate = () => useTranslations() as unknown as Translate;

/**
 * Writes a message that may be a `msg` (lib/i18n/message.ts) in the reader's language; any
 * other text is shown as it is. Works in server and client components.
 */
export function useMessageText() {
  const t = useTranslate();
  const locale = useLocale();
  return (text: string | null | undefined) => (text ? writeMessage(t, text, locale) : text);
}
