import { getTranslate } from "@/components/i18n/message-text";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormatters } from "@/components/i18n/get-formatters";
import { Markdown } from "@/components/markdown";
import { AdditionalInformationCard } from "@/components/tickets/additional-information-card";
import { AttachmentList, filesByMessage } from "@/components/tickets/attachment-list";
import { AttachmentUploader } from "@/components/tickets/attachment-uploader";
import { EarlierMessagesItem, NewestMessagesLink } from "@/components/tickets/conversation-window";
import { PageHeader } from "@/components/shell/page-header";
import { PriorityBadge, StatusBadge } from "@/components/tickets/ticket-badges";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { requireActor } from "@/lib/auth/actor";
import { attachmentLimitBytes } from "@/lib/tickets/attachments";
import { getTicketFollowers } from "@/lib/tickets/followers";
import { ticketPageLoader, type TicketPageProps } from "@/lib/tickets/ticket-page-loader";
import { formatTicketNumber, ticketTitle } from "@/lib/tickets/ticket-number";
import { vendorName } from "@/lib/vendors";
import { vendorDisplayName } from "@/lib/vendors/words";
import { CloseReopenButton } from "./_components/close-reopen-button";
import { FirstResponse } from "./_components/first-response";
import { FollowersPanel } from "./_components/followers-panel";
import { ReplyForm } from "./_components/reply-form";
import { personName } from "@/lib/format";
import { addFollowerAction, removeFollowerAction, replyAction, setClosedAction } from "./actions";

const ticketOf = ticketPageLoader(requireActor);
const SEPARATOR = "·";

export async function generateMetadata(props: TicketPageProps): Promise<Metadata> {
  return { title: ticketTitle((await ticketOf(props)).ticket) };
}

export default async function TicketPage(props: TicketPageProps) {
  const {
    ticket,
    requester,
    asset,
    contract,
    messages,
    earlierCursor,
    isLatest,
    assigneeName,
    attachments,
  } = await ticketOf(props);
  const followers = await getTicketFollowers(await requireActor(), ticket.id);
  const path = `/tickets/${ticket.id}`;
  const number = formatTicketNumber(ticket.number);
  const closed = ticket.status === "closed";
  const filesOf = filesByMessage(attachments);
  const t = await getTranslations("portal.ticket");
  const enums = await getTranslations("enums");
  const words = await getTranslate();
  const format = await getFormatters();

  return (
    <>
      <PageHeader
        title={
          <>
            <span className="font-mono text-slate-500">{number}</span> {ticket.subject}
          </>
        }
        description={enums(`type.${ticket.type}`)}
        actions={
          <CloseReopenButton
            action={setClosedAction.bind(null, ticket.id, !closed)}
            closed={closed}
          />
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <section aria-labelledby="conversation-heading" className="flex flex-col gap-4">
            <h2 id="conversation-heading" className="text-lg font-semibold text-navy-900">
              {t("conversation")}
            </h2>
            <ol className="flex flex-col gap-4">
              <li>
                <Card as="article" aria-label={t("descriptionBy", { name: personName(requester) })}>
                  <CardBody className="flex flex-col gap-2">
                    <p className="text-xs text-slate-500">
                      {t.rich("openedBy", {
                        name: personName(requester),
                        when: format.dateTime(ticket.createdAt),
                        author: (chunks) => (
                          <span className="font-semibold text-slate-800">{chunks}</span>
                        ),
                        time: (chunks) => (
                          <time dateTime={ticket.createdAt.toISOString()}>{chunks}</time>
                        ),
                      })}
                    </p>
                    <Markdown>{ticket.description}</Markdown>
                  </CardBody>
                </Card>
              </li>
              <EarlierMessagesItem path={path} cursor={earlierCursor} />
              {messages.map((message) => (
                <li key={message.id}>
                  <Card
                    as="article"
                    aria-label={t("messageFrom", {
                      name: `${message.authorFirstName} ${message.authorLastName}`,
                    })}
                    className={
                      message.authorRole !== "customer" ? "border-l-4 border-l-navy-600" : undefined
                    }
                  >
                    <CardBody className="flex flex-col gap-2">
                      <p className="text-xs text-slate-500">
                        <span className="font-semibold text-slate-800">
                          {message.authorFirstName} {message.authorLastName}
                        </span>
                        {message.authorRole !== "customer" ? t("fromSupport") : ""} {SEPARATOR}{" "}
                        <time dateTime={message.createdAt.toISOString()}>
                          {format.dateTime(message.createdAt)}
                        </time>
                      </p>
                      <Markdown>{message.body}</Markdown>
                      <AttachmentList
                        attachments={filesOf.get(message.id) ?? []}
                        label={t("messageAttachments")}
                      />
                    </CardBody>
                  </Card>
                </li>
              ))}
            </ol>
            <NewestMessagesLink path={path} isLatest={isLatest} />
          </section>
          <Card as="section" aria-labelledby="reply-heading">
            <CardHeader id="reply-heading" title={t("reply")} level={2} />
            <CardBody>
              {closed ? (
                <Alert tone="info">{t("closedNotice")}</Alert>
              ) : (
                <ReplyForm
                  action={replyAction.bind(null, ticket.id)}
                  ticketId={ticket.id}
                  maxBytes={attachmentLimitBytes()}
                  reopens={ticket.status === "waiting_for_customer" || ticket.status === "resolved"}
                />
              )}
            </CardBody>
          </Card>
        </div>
        <aside aria-label={t("ticketDetails")} className="flex flex-col gap-6">
          <Card as="section" aria-labelledby="details-heading">
            <CardHeader id="details-heading" title={t("details")} level={2} />
            <CardBody>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
                <dt className="text-slate-500">{t("status")}</dt>
                <dd>
                  <StatusBadge status={ticket.status} />
                </dd>
                <dt className="text-slate-500">{t("priority")}</dt>
                <dd>
                  <PriorityBadge priority={ticket.priority} />
                </dd>
                <dt className="text-slate-500">{t("requester")}</dt>
                <dd>
                  {personName(requester)}
                  <span className="block text-xs text-slate-500">{requester.company}</span>
                </dd>
                {asset ? (
                  <>
                    <dt className="text-slate-500">{t("asset")}</dt>
                    <dd>
                      {vendorDisplayName(words, asset.vendor, vendorName(asset.vendor))}{" "}
                      {asset.product}
                      <span className="block font-mono text-xs text-slate-500">
                        {asset.serialNumber}
                      </span>
                    </dd>
                  </>
                ) : null}
                {contract ? (
                  <>
                    <dt className="text-slate-500">{t("contract")}</dt>
                    <dd>
                      <TextLink href={`/contracts/${contract.id}`}>{contract.number}</TextLink>
                    </dd>
                  </>
                ) : null}
                <FirstResponse ticket={ticket} serviceLevel={contract?.serviceLevel ?? null} />
                <dt className="text-slate-500">{t("engineer")}</dt>
                <dd>{assigneeName ?? t("notAssigned")}</dd>
                <dt className="text-slate-500">{t("updated")}</dt>
                <dd>{format.dateTime(ticket.updatedAt)}</dd>
              </dl>
            </CardBody>
          </Card>
          {followers.acceptsFollowers ? (
            <FollowersPanel
              {...followers}
              addAction={addFollowerAction.bind(null, ticket.id)}
              removeAction={removeFollowerAction.bind(null, ticket.id)}
            />
          ) : null}
          <Card as="section" aria-labelledby="attachments-heading">
            <CardHeader id="attachments-heading" title={t("attachments")} level={2} />
            <CardBody className="flex flex-col gap-4">
              {attachments.length ? (
                <AttachmentList attachments={attachments} />
              ) : (
                <p className="text-sm text-slate-600">{t("noFiles")}</p>
              )}
              {closed ? null : (
                <AttachmentUploader ticketId={ticket.id} maxBytes={attachmentLimitBytes()} />
              )}
            </CardBody>
          </Card>
          <AdditionalInformationCard ticket={ticket} />
        </aside>
      </div>
    </>
  );
}
