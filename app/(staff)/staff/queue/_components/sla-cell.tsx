import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { SlaSummary } from "./sla-summary";

const badges: Partial<Record<SlaSummary["tone"], { tone: BadgeTone; label: string }>> = {
  breached: { tone: "danger", label: "Breached" },
  at_risk: { tone: "warning", label: "At risk" },
  paused: { tone: "neutral", label: "Paused" },
  met: { tone: "success", label: "Met" },
};

/** Time left, or a "Breached" badge: the word says it, colour only repeats it. */
export function SlaCell({ sla }: { sla: SlaSummary }) {
  if (sla.tone === "none") return <span className="text-slate-500">No target</span>;
  const badge = badges[sla.tone];
  return (
    <span className="flex flex-col items-start gap-1">
      {badge ? <Badge tone={badge.tone}>{badge.label}</Badge> : null}
      <span
        className={
          sla.tone === "breached"
            ? "font-semibold text-brand-700"
            : sla.tone === "at_risk"
              ? "font-medium text-amber-900"
              : "text-slate-700"
        }
      >
        <span className="text-xs text-slate-500">{sla.clock}: </span>
        {sla.text}
      </span>
    </span>
  );
}
