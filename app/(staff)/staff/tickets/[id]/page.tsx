import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdditionalInformationCard } from "@/components/tickets/additional-information-card";
import { PageHeader } from "@/components/shell/page-header";
import { AttachmentList } from "@/components/tickets/attachment-list";
import { AttachmentUploader } from "@/components/tickets/attachment-uploader";
import { FollowerList } from "@/components/tickets/follower-list";
import { NewestMessagesLink } from "@/components/tickets/conversation-window";
import { PriorityBadge, StatusBadge } from "@/components/tickets/ticket-badges";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { requireStaff } from "@/lib/auth/actor";
import { listCannedReplies } from "@/lib/canned-replies/list-canned-replies";
import { canUseCannedReplies } from "@/lib/canned-replies/policy";
import { serviceLevelLabel } from "@/lib/contracts/service-levels";
import { orNotFound } from "@/lib/http/or-not-found";
import { slaState } from "@/lib/sla/due-times";
import { listAssignableStaff } from "@/lib/tickets/assign-ticket";
import { attachmentLimitBytes } from "@/lib/tickets/attachments";
import { getTicketFollowers } from "@/lib/tickets/followers";
import { ticketPageLoader, type TicketPageProps } from "@/lib/tickets/ticket-page-loader";
import { TICKET_PRIORITIES } from "@/lib/enums";
import { listTicketHistory } from "@/lib/tickets/ticket-history";
import { formatTicketNumber, ticketTitle } from "@/lib/tickets/ticket-number";
import { vendorLabel } from "@/lib/vendors";
import { getTranslate } from "@/components/i18n/message-text";
import { ContractStatusBadge } from "@/components/contracts/contract-status-badge";
import { KeyboardShortcuts } from "../../_components/keyboard-shortcuts";
import { Conversation } from "./_components/conversation";
import { HistoryList } from "./_components/history-list";
import { SlaClocks } from "./_components/sla-clocks";
import { StaffReplyForm } from "./_components/staff-reply-form";
import { QueueNeighbours } from "./_components/queue-neighbours";
import { PresenceNotice } from "./_components/presence-notice";
import { backgroundPollSeconds } from "@/lib/http/background-poll";
import { staffStatusMoves } from "./_components/status-moves";
import { TicketDetailsForm } from "./_components/ticket-details-form";
import {
  applyFromFileAction,
  proposeFromFileAction,
  saveTicketDetailsAction,
  staffReplyAction,
} from "./actions";
import { UpdateFromFile } from "./_components/update-from-file";
import { personName } from "@/lib/format";
import { getFormatters } from "@/components/i18n/get-formatters";

const REPLY_SECTION = "reply-section";
const NO_COMPANY = "—";

// The orders team does not work on tickets: to them a ticket is as absent as a wrong id.
const ticketOf = ticketPageLoader(requireStaff);

export async function generateMetadata(props: TicketPageProps): Promise<Metadata> {
  return { title: ticketTitle((await ticketOf(props)).ticket) };
}

export default async function StaffTicketPage(props: TicketPageProps) {
  const actor = await requireStaff();
  const { id } = await props.params;
  const [
    { ticket, requester, asset, contract, messages, earlierCursor, isLatest, attachments },
    history,
  ] = await Promise.all([ticketOf(props), orNotFound(listTicketHistory(actor, id))]);
  const [staff, cannedReplies, { followers, acceptsFollowers }] = await Promise.all([
    listAssignableStaff(actor),
    canUseCannedReplies(actor, "list") ? listCannedReplies(actor) : Promise.resolve([]),
    getTicketFollowers(actor, ticket.id),
  ]);
  // the requester has a card of their own above
  const [t, enums, words, format] = await Promise.all([
    getTranslations("desk.ticket"),
    getTranslations("enums"),
    getTranslate(),
    getFormatters(),
  ]);
  const colleagues = followers.filter((follower) => !follower.isRequester);
  const number = formatTicketNumber(ticket.number);
  const requesterName = personName(requester);
  const clocks = slaState({ ...ticket, serviceLevel: contract?.serviceLevel ?? null });
  const customerFiles = attachments.filter((file) => !file.internal);
  const internalFiles = attachments.filter((file) => file.internal);
  const assigneeOptions = [
    { value: "", label: t("nobody") },
    ...staff.map((member) => ({
      value: member.id,
      label: member.id === actor.id ? t("you", { name: member.name }) : member.name,
    })),
  ];

  return (
    <>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
        <QueueNeighbours ticketId={ticket.id} />
        <KeyboardShortcuts page="ticket" />
      </div>
      <PageHeader
        title={
          <>
            <span className="font-mono text-slate-500">{number}</span> {ticket.subject}
          </>
        }
        description={
          <span className="flex flex-wrap items-center gap-2">
            {enums(`type.${ticket.type}`)}
            <StatusBadge status={ticket.status} staff />
            <PriorityBadge priority={ticket.priority} />
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <PresenceNotice
            ticketId={ticket.id}
            pollSeconds={backgroundPollSeconds()}
            replySectionId={REPLY_SECTION}
          />
          <section aria-labelledby="conversation-heading" className="flex flex-col gap-4">
            <h2 id="conversation-heading" className="text-lg font-semibold text-navy-900">
              {t("conversation")}
            </h2>
            <Conversation
              opened={{ by: requesterName, at: ticket.createdAt, description: ticket.description }}
              messages={messages}
              attachments={attachments}
              path={`/staff/tickets/${ticket.id}`}
              earlierCursor={earlierCursor}
            />
            <NewestMessagesLink path={`/staff/tickets/${ticket.id}`} isLatest={isLatest} />
          </section>
          <Card as="section" aria-labelledby="reply-heading" id={REPLY_SECTION}>
            <CardHeader
              id="reply-heading"
              title={t("replyTitle")}
              description={ticket.status === "closed" ? t("closedNote") : undefined}
              level={2}
            />
            <CardBody>
              <StaffReplyForm
                action={staffReplyAction.bind(null, ticket.id)}
                ticketId={ticket.id}
                maxBytes={attachmentLimitBytes()}
                cannedReplies={cannedReplies.map(({ id: replyId, title, body }) => ({
                  id: replyId,
                  title,
                  body,
                }))}
                requesterName={requesterName}
                status={ticket.status}
              />
            </CardBody>
          </Card>
        </div>

        <aside className="flex flex-col gap-6" aria-label={t("details")}>
          <Card as="section" aria-labelledby="work-heading">
            <CardHeader id="work-heading" title={t("work")} level={2} />
            <CardBody>
              <TicketDetailsForm
                current={{
                  assigneeId: ticket.assigneeId ?? "",
                  priority: ticket.priority,
                  status: ticket.status,
                }}
                options={{
                  assigneeId: assigneeOptions,
                  priority: TICKET_PRIORITIES.map((value) => ({
                    value,
                    label: enums(`priority.${value}`),
                  })),
                  status: [ticket.status, ...staffStatusMoves(ticket.status)].map((value) => ({
                    value,
                    label: enums(`staffStatus.${value}`),
                  })),
                }}
                action={saveTicketDetailsAction.bind(null, ticket.id)}
                selfId={staff.some((member) => member.id === actor.id) ? actor.id : undefined}
              />
            </CardBody>
          </Card>

          <Card as="section" aria-labelledby="sla-heading">
            <CardHeader id="sla-heading" title={t("sla")} level={2} />
            <CardBody>
              <SlaClocks clocks={clocks} />
            </CardBody>
          </Card>

          <Card as="section" aria-labelledby="requester-heading">
            <CardHeader id="requester-heading" title={t("requester.title")} level={2} />
            <CardBody>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
                <dt className="text-slate-500">{t("requester.name")}</dt>
                <dd>{requesterName}</dd>
                <dt className="text-slate-500">{t("requester.company")}</dt>
                <dd>{requester.company || NO_COMPANY}</dd>
                <dt className="text-slate-500">{t("requester.email")}</dt>
                <dd className="break-all">
                  <a className="text-navy-700 underline" href={`mailto:${requester.email}`}>
                    {requester.email}
                  </a>
                </dd>
                <dt className="text-slate-500">{t("requester.language")}</dt>
                <dd>
                  {requester.locale
                    ? t(`requester.languageName.${requester.locale}`)
                    : t("requester.languageUnset")}
                </dd>
              </dl>
            </CardBody>
          </Card>

          {acceptsFollowers ? (
            <Card as="section" aria-labelledby="followers-heading">
              <CardHeader
                id="followers-heading"
                title={t("followers.title")}
                level={2}
                description={t("followers.description")}
              />
              <CardBody>
                {colleagues.length ? (
                  <FollowerList followers={colleagues} />
                ) : (
                  <p className="text-sm text-slate-600">{t("followers.none")}</p>
                )}
              </CardBody>
            </Card>
          ) : null}

          {contract || asset ? (
            <Card as="section" aria-labelledby="contract-heading">
              <CardHeader id="contract-heading" title={t("contract.title")} level={2} />
              <CardBody>
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
                  {contract ? (
                    <>
                      <dt className="text-slate-500">{t("contract.contract")}</dt>
                      <dd>
                        <TextLink href={`/staff/contracts/${contract.id}`}>
                          {contract.number}
                        </TextLink>
                        <span className="block text-xs text-slate-500">
                          {contract.customerName}
                        </span>
                      </dd>
                      <dt className="text-slate-500">{t("contract.serviceLevel")}</dt>
                      <dd>{serviceLevelLabel(contract.serviceLevel)}</dd>
                      <dt className="text-slate-500">{t("contract.valid")}</dt>
                      <dd className="flex flex-col items-start gap-1">
                        <span>
                          {t("contract.validRange", {
                            from: format.day(contract.validFrom),
                            to: format.day(contract.validTo),
                          })}
                        </span>
                        <ContractStatusBadge validTo={contract.validTo} />
                      </dd>
                    </>
                  ) : null}
                  {asset ? (
                    <>
                      <dt className="text-slate-500">{t("contract.asset")}</dt>
                      <dd>
                        {vendorLabel(words, asset.vendor)} {asset.product}
                        <span className="block font-mono text-xs text-slate-500">
                          {asset.serialNumber}
                        </span>
                        {asset.description ? (
                          <span className="block text-xs text-slate-500">{asset.description}</span>
                        ) : null}
                      </dd>
                    </>
                  ) : null}
                </dl>
              </CardBody>
            </Card>
          ) : null}

          <AdditionalInformationCard ticket={ticket} />

          <Card as="section" aria-labelledby="attachments-heading">
            <CardHeader id="attachments-heading" title={t("attachments.title")} level={2} />
            <CardBody className="flex flex-col gap-4">
              {customerFiles.length ? (
                <AttachmentList
                  attachments={customerFiles}
                  label={t("attachments.customerFiles")}
                />
              ) : (
                <p className="text-sm text-slate-600">{t("attachments.none")}</p>
              )}
              {internalFiles.length ? (
                <div className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3">
                  <p className="text-xs font-semibold text-amber-950">
                    {t("attachments.internalTitle")}
                  </p>
                  <AttachmentList
                    attachments={internalFiles}
                    label={t("attachments.internalFiles")}
                  />
                </div>
              ) : null}
              {ticket.vendor && ticket.vendorSchemaVersion && attachments.length ? (
                <UpdateFromFile
                  vendor={ticket.vendor}
                  version={ticket.vendorSchemaVersion}
                  files={attachments.map(({ id, fileName }) => ({ id, fileName }))}
                  propose={proposeFromFileAction.bind(null, ticket.id)}
                  apply={applyFromFileAction.bind(null, ticket.id)}
                />
              ) : null}
              <AttachmentUploader ticketId={ticket.id} maxBytes={attachmentLimitBytes()} />
              <p className="text-xs text-slate-500">{t("attachments.visible")}</p>
            </CardBody>
          </Card>

          <Card as="section" aria-labelledby="history-heading">
            <CardHeader id="history-heading" title={t("history.title")} level={2} />
            <CardBody>
              <HistoryList entries={history} />
            </CardBody>
          </Card>
        </aside>
      </div>
    </>
  );
}
