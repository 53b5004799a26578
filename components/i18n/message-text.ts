import { getLocale, getTranslations } from "next-intl/server";
import { writeMessage, type Translate } from "@/lib/i18n/message";

/** useTranslate for async server components. */
export const getTranslate = async () => (await getTranslations()) as unknown as Translate;

/** useMessageText for async server components: writes a `msg` in the request's language. */
export async function getMessageText() {
  const [t, locale] = await Promise.all([getTranslate(), getLocale()]);
  return (text: string) => writeMessage(t, text, locale);
}
