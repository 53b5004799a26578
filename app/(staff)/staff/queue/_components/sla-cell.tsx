import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { SlaSummary } from "./sla-summary";

type BadgeState = "breached" | "atRisk" | "paused" | "met";

/** Each badge's tone and its word (desk.sla.state.<state>). */
const badges: Partial<Record<SlaSummary["tone"], { tone: BadgeTone; state: BadgeState }>> = {
  breached: { tone: "danger", state: "breached" },
  at_risk: { tone: "warning", state: "atRisk" },
  paused: { tone: "neutral", state: "paused" },
  met: { tone: "success", state: "met" },
};

/** Time left, or a "Breached" badge: the word says it, colour only repeats it. */
export function SlaCell({ sla }: { sla: SlaSummary }) {
  const t = useTranslations("desk.sla");
  if (sla.tone === "none") return <span className="text-slate-500">{t("state.none")}</span>;
  const badge = badges[sla.tone];
  return (
    <span className="flex flex-col items-start gap-1">
      {badge ? <Badge tone={badge.tone}>{t(`state.${badge.state}`)}</Badge> : null}
      <span
        className={
          sla.tone === "breached"
            ? "font-semibold text-brand-700"
            : sla.tone === "at_risk"
              ? "font-medium text-amber-900"
              : "text-slate-700"
        }
      >
        <span className="text-xs text-slate-500">{t(`clock.${sla.clock}`)}: </span>
        {sla.text}
      </span>
    </span>
  );
}
