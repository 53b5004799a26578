import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatSlaClock, type SlaClock } from "@/lib/sla/due-times";
import { formatDateTime } from "@/lib/format";

const tone: Record<SlaClock["state"], BadgeTone> = {
  met: "success",
  running: "info",
  paused: "neutral",
  at_risk: "warning",
  breached: "danger",
  none: "neutral",
};

const stateLabel: Record<SlaClock["state"], string> = {
  met: "Met",
  running: "Running",
  paused: "Paused",
  at_risk: "At risk",
  breached: "Breached",
  none: "No target",
};

/** First response and resolution clocks: state, time left (or since breach), due time. */
export function SlaClocks({
  clocks,
}: {
  clocks: { firstResponse: SlaClock; resolution: SlaClock };
}) {
  const rows = [
    { label: "First response", clock: clocks.firstResponse },
    { label: "Resolution", clock: clocks.resolution },
  ];
  return (
    <dl className="flex flex-col gap-3 text-sm">
      {rows.map(({ label, clock }) => (
        <div key={label} className="flex flex-col gap-1">
          <dt className="text-slate-500">{label}</dt>
          <dd className="flex flex-col gap-0.5">
            <span className="flex flex-wrap items-center gap-2">
              <Badge tone={tone[clock.state]}>{stateLabel[clock.state]}</Badge>
              {clock.state === "none" ? null : (
                <span className="text-slate-800">{formatSlaClock(clock)}</span>
              )}
            </span>
            {clock.dueAt ? (
              <span className="text-xs text-slate-500">
                Due <time dateTime={clock.dueAt.toISOString()}>{formatDateTime(clock.dueAt)}</time>
              </span>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
