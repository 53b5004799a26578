import { useLocale, useTranslations } from "next-intl";
import { useFormatters } from "@/components/i18n/use-formatters";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatSlaClock, type SlaClock } from "@/lib/sla/due-times";

const tone: Record<SlaClock["state"], BadgeTone> = {
  met: "success",
  running: "info",
  paused: "neutral",
  at_risk: "warning",
  breached: "danger",
  none: "neutral",
};

/** Each state's word: desk.sla.state.<word>. */
const stateWord = {
  met: "met",
  running: "running",
  paused: "paused",
  at_risk: "atRisk",
  breached: "breached",
  none: "none",
} as const satisfies Record<SlaClock["state"], string>;

/** First response and resolution clocks: state, time left (or since breach), due time. */
export function SlaClocks({
  clocks,
}: {
  clocks: { firstResponse: SlaClock; resolution: SlaClock };
}) {
  const t = useTranslations("desk.sla");
  const locale = useLocale();
  const format = useFormatters();
  const rows = [
    { label: t("clock.firstResponse"), clock: clocks.firstResponse },
    { label: t("clock.resolution"), clock: clocks.resolution },
  ];
  return (
    <dl className="flex flex-col gap-3 text-sm">
      {rows.map(({ label, clock }) => (
        <div key={label} className="flex flex-col gap-1">
          <dt className="text-slate-500">{label}</dt>
          <dd className="flex flex-col gap-0.5">
            <span className="flex flex-wrap items-center gap-2">
              <Badge tone={tone[clock.state]}>{t(`state.${stateWord[clock.state]}`)}</Badge>
              {clock.state === "none" ? null : (
                <span className="text-slate-800">{formatSlaClock(clock, locale)}</span>
              )}
            </span>
            {clock.dueAt ? (
              <span className="text-xs text-slate-500">
                {t.rich("due", {
                  at: format.dateTime(clock.dueAt),
                  time: (chunks) => <time dateTime={clock.dueAt!.toISOString()}>{chunks}</time>,
                })}
              </span>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
