import { Badge, type BadgeTone } from "@/components/ui/badge";
import {
  contractStatus,
  contractStatusLabels,
  type ContractStatus,
} from "@/lib/contracts/contract-status";

const tones: Record<ContractStatus, BadgeTone> = {
  active: "success",
  expiring: "warning",
  expired: "danger",
};

export function ContractStatusBadge({ validTo }: { validTo: string }) {
  const status = contractStatus(validTo);
  return <Badge tone={tones[status]}>{contractStatusLabels[status]}</Badge>;
}
