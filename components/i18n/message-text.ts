import { getTranslations } from "next-intl/server";
import { writeMessage, type Translate } from "@/lib/i18n/message";

/** useMessageText for async server components: writes a `msg` in the request's language. */
export async function getMessageText() {
  const t = (await getTranslations()) as unknown as Translate;
  return (text: string) => writeMessage(t, text);
}
