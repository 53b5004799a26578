import type { ServiceLevel } from "@/lib/enums";
import { useTranslations } from "next-intl";
import { useFormatters } from "@/components/i18n/use-formatters";
import { slaState, type SlaTicket } from "@/lib/sla/due-times";

/**
 * The Details rows telling the customer when support answers, from the contract's service level
 * (administrative requests: 8x5 NBD): "Expected by Tue 3 Dec, 16:00" until the first answer,
 * then when it came. Nothing for a ticket finished unanswered.
 */
export function FirstResponse({
  ticket,
  serviceLevel,
}: {
  ticket: SlaTicket;
  serviceLevel: ServiceLevel | null;
}) {
  const t = useTranslations("portal.ticket");
  const format = useFormatters();
  const { firstResponse } = slaState({ ...ticket, serviceLevel });
  const answeredAt = ticket.firstRespondedAt;
  // a clock without time left has stopped: the ticket was finished before any answer
  const dueAt = firstResponse.secondsLeft === null ? null : firstResponse.dueAt;
  const answer = answeredAt ? (
    <time dateTime={answeredAt.toISOString()}>{format.nearDateTime(answeredAt)}</time>
  ) : dueAt ? (
    t.rich("expectedBy", {
      when: format.nearDateTime(dueAt, { weekday: true }),
      time: (chunks) => <time dateTime={dueAt.toISOString()}>{chunks}</time>,
    })
  ) : null;
  if (!answer) return null;
  return (
    <>
      <dt className="text-slate-500">{t("firstResponse")}</dt>
      <dd>{answer}</dd>
    </>
  );
}
