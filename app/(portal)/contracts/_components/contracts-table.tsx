import { DataTable } from "@/components/ui/data-table";
import { TextLink } from "@/components/ui/text-link";
import type { ContractSummary } from "@/lib/contracts/list-contracts";
import { serviceLevelLabel } from "@/lib/contracts/service-levels";
import { ContractDate } from "./contract-date";
import { ContractStatusBadge } from "@/components/contracts/contract-status-badge";

/** The contracts activated on the account; each number opens the contract. */
export function ContractsTable({ contracts }: { contracts: ContractSummary[] }) {
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
      role="region"
      aria-labelledby="contracts-caption"
      tabIndex={0}
    >
      <DataTable
        caption="Contracts activated on your account"
        captionId="contracts-caption"
        rows={contracts}
        rowKey={(contract) => contract.id}
        columns={[
          {
            header: "Contract number",
            isRowHeader: true,
            className: "whitespace-nowrap",
            headerClassName: "",
            cell: (contract) => (
              <TextLink href={`/contracts/${contract.id}`}>{contract.number}</TextLink>
            ),
          },
          { header: "Customer", cell: (contract) => contract.customerName },
          {
            header: "Service level",
            className: "whitespace-nowrap",
            cell: (contract) => serviceLevelLabel(contract.serviceLevel),
          },
          {
            header: "Valid from",
            className: "whitespace-nowrap",
            cell: (contract) => <ContractDate value={contract.validFrom} />,
          },
          {
            header: "Valid to",
            className: "whitespace-nowrap",
            cell: (contract) => <ContractDate value={contract.validTo} />,
          },
          {
            header: "Status",
            cell: (contract) => <ContractStatusBadge validTo={contract.validTo} withNote />,
          },
          {
            header: "Assets",
            className: "text-right tabular-nums",
            cell: (contract) => contract.assetCount,
          },
        ]}
      />
    </div>
  );
}
