import { Badge, type BadgeTone } from "@/components/ui/badge";
import {
  contractStatusLabels,
  statusNote,
  type ContractStatus,
} from "@/lib/contracts/contract-status";

const tones: Record<ContractStatus, BadgeTone> = {
  active: "success",
  expiring: "warning",
  expired: "danger",
};

/** The contract's status as a badge, with "Expires in N days" under it while it is expiring. */
export function ContractStatusBadge({
  status,
  validTo,
}: {
  status: ContractStatus;
  validTo: string;
}) {
  const note = status === "expiring" ? statusNote(validTo) : null;
  return (
    <span className="inline-flex flex-col items-start gap-0.5">
      <Badge tone={tones[status]}>{contractStatusLabels[status]}</Badge>
      {note ? <span className="text-xs text-slate-600">{note}</span> : null}
    </span>
  );
}
