import type { ServiceLevel } from "@/lib/enums";
import { formatNearDateTime } from "@/lib/format";
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
  const { firstResponse } = slaState({ ...ticket, serviceLevel });
  const answeredAt = ticket.firstRespondedAt;
  // a clock without time left has stopped: the ticket was finished before any answer
  const dueAt = firstResponse.secondsLeft === null ? null : firstResponse.dueAt;
  const answer = answeredAt ? (
    <time dateTime={answeredAt.toISOString()}>{formatNearDateTime(answeredAt)}</time>
  ) : dueAt ? (
    <>
      Expected by{" "}
      <time dateTime={dueAt.toISOString()}>{formatNearDateTime(dueAt, { weekday: true })}</time>
    </>
  ) : null;
  if (!answer) return null;
  return (
    <>
      <dt className="text-slate-500">First response</dt>
      <dd>{answer}</dd>
    </>
  );
}
