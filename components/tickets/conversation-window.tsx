import { useTranslations } from "next-intl";
import { TextLink } from "@/components/ui/text-link";

/**
 * The links around a window of a long conversation (lib/tickets/get-ticket.ts shows the newest
 * messages, or those before a cursor): plain links with the cursor in the URL, so they work
 * before JavaScript arrives. The first goes in the conversation's list, before its messages.
 */
export function EarlierMessagesItem({ path, cursor }: { path: string; cursor: string | null }) {
  const t = useTranslations("tickets.conversation");
  if (!cursor) return null;
  return (
    <li className="text-center text-sm">
      <TextLink href={`${path}?before=${encodeURIComponent(cursor)}#conversation-heading`}>
        {t("earlier")}
      </TextLink>
    </li>
  );
}

/** After the window, when it is not the newest messages. */
export function NewestMessagesLink({ path, isLatest }: { path: string; isLatest: boolean }) {
  const t = useTranslations("tickets.conversation");
  if (isLatest) return null;
  return (
    <p className="text-center text-sm">
      <TextLink href={`${path}#reply-heading`}>{t("newest")}</TextLink>
    </p>
  );
}
