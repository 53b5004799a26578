import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { contractStatus, daysLeft, type ContractStatus } from "@/lib/contracts/contract-status";
import { isoDay } from "@/lib/format";

const tones: Record<ContractStatus, BadgeTone> = {
  active: "success",
  expiring: "warning",
  expired: "danger",
};

/** The contract's status as a badge; `withNote` adds "Expires in N days" while it is expiring. */
export function ContractStatusBadge({
  validTo,
  withNote = false,
}: {
  validTo: string;
  withNote?: boolean;
}) {
  const t = useTranslations("tickets.contractStatus");
  const today = isoDay();
  const status = contractStatus(validTo, today);
  // "expiring": its last valid day is 0 to EXPIRING_WITHIN_DAYS days away
  const left = daysLeft(validTo, today);
  const note =
    withNote && status === "expiring"
      ? left === 0
        ? t("expiresToday")
        : t("expiresIn", { count: left })
      : null;
  if (!note) return <Badge tone={tones[status]}>{t(status)}</Badge>;
  return (
    <span className="inline-flex flex-col items-start gap-0.5">
      <Badge tone={tones[status]}>{t(status)}</Badge>
      <span className="text-xs text-slate-600">{note}</span>
    </span>
  );
}
