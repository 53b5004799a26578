import { useTranslations } from "next-intl";
import { useFormatters } from "@/components/i18n/use-formatters";
import { Markdown } from "@/components/markdown";
import {
  AttachmentList,
  filesByMessage,
  type AttachmentListItem,
} from "@/components/tickets/attachment-list";
import { EarlierMessagesItem } from "@/components/tickets/conversation-window";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

const SEPARATOR = "·";

type Message = {
  id: string;
  body: string;
  internal: boolean;
  createdAt: Date;
  authorFirstName: string;
  authorLastName: string;
  authorRole: string;
};

/**
 * The conversation as staff see it: the description, then the window of messages the page
 * loaded (with a link to the earlier ones). Internal notes sit on amber with an "Internal note"
 * label, so nobody mistakes one for something the customer read.
 */
export function Conversation({
  opened,
  messages,
  attachments,
  path,
  earlierCursor,
}: {
  opened: { by: string; at: Date; description: string };
  messages: Message[];
  attachments: Array<AttachmentListItem & { messageId: string | null }>;
  /** The ticket page's path, for the link to earlier messages. */
  path: string;
  earlierCursor: string | null;
}) {
  const t = useTranslations("desk.ticket.conversationList");
  const format = useFormatters();
  const filesOf = filesByMessage(attachments);
  return (
    <ol className="flex flex-col gap-4">
      <li>
        <Card as="article" aria-label={t("description", { name: opened.by })}>
          <CardBody className="flex flex-col gap-2">
            <p className="text-xs text-slate-500">
              {t.rich("opened", {
                name: opened.by,
                by: (chunks) => <span className="font-semibold text-slate-800">{chunks}</span>,
              })}{" "}
              <time dateTime={opened.at.toISOString()}>{format.dateTime(opened.at)}</time>
            </p>
            <Markdown>{opened.description}</Markdown>
          </CardBody>
        </Card>
      </li>
      <EarlierMessagesItem path={path} cursor={earlierCursor} />
      {messages.map((message) => {
        const author = `${message.authorFirstName} ${message.authorLastName}`;
        const isStaff = message.authorRole !== "customer";
        const files = filesOf.get(message.id) ?? [];
        return (
          <li key={message.id}>
            <Card
              as="article"
              aria-label={
                message.internal ? t("internalBy", { author }) : t("messageFrom", { author })
              }
              className={cn(
                message.internal
                  ? "border-l-4 border-amber-300 border-l-amber-500 bg-amber-50"
                  : isStaff
                    ? "border-l-4 border-l-navy-600"
                    : undefined,
              )}
            >
              <CardBody className="flex flex-col gap-2">
                <p className="flex flex-wrap items-center gap-x-1 gap-y-1 text-xs text-slate-600">
                  {message.internal ? (
                    <Badge tone="warning" className="mr-1">
                      {t("internalBadge")}
                    </Badge>
                  ) : null}
                  <span className="font-semibold text-slate-800">{author}</span>
                  <span>{isStaff ? t("staff") : t("customer")}</span>
                  <span>{SEPARATOR}</span>
                  <time dateTime={message.createdAt.toISOString()}>
                    {format.dateTime(message.createdAt)}
                  </time>
                </p>
                <Markdown>{message.body}</Markdown>
                <AttachmentList
                  attachments={files}
                  label={message.internal ? t("noteFiles") : t("messageFiles")}
                />
              </CardBody>
            </Card>
          </li>
        );
      })}
    </ol>
  );
}
