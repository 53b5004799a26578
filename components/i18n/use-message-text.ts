import { useTranslations } from "next-intl";
import { writeMessage, type Translate } from "@/lib/i18n/message";

/**
 * Writes a message that may be a `msg` (lib/i18n/message.ts) in the reader's language; any
 * other text is shown as it is. Works in server and client components.
 */
export function useMessageText() {
  const t = useTranslations() as unknown as Translate;
  return (text: string | null | undefined) => (text ? writeMessage(t, text) : text);
}
