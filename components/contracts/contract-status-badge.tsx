import { Badge, type BadgeTone } from "@/components/ui/badge";
import {
  contractStatus,
  contractStatusLabels,
  statusNote,
  type ContractStatus,
} from "@/lib/contracts/contract-status";

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
  const status = contractStatus(validTo);
  const note = withNote && status === "expiring" ? statusNote(validTo) : null;
  if (!note) return <Badge tone={tones[status]}>{contractStatusLabels[status]}</Badge>;
  return (
    <span className="inline-flex flex-col items-start gap-0.5">
      <Badge tone={tones[status]}>{contractStatusLabels[status]}</Badge>
      <span className="text-xs text-slate-600">{note}</span>
    </span>
  );
}
