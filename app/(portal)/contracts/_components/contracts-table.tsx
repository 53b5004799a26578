import { useTranslations } from "next-intl";
import { DataTable, type Column } from "@/components/ui/data-table";
import { TextLink } from "@/components/ui/text-link";
import type { ContractSummary } from "@/lib/contracts/list-contracts";
import { serviceLevelLabel } from "@/lib/contracts/service-levels";
import { ContractDate } from "./contract-date";
import { ContractStatusBadge } from "@/components/contracts/contract-status-badge";

const CAPTION_ID = "contracts-caption";

/** The contracts activated on the account; each number opens the contract. */
export function ContractsTable({ contracts }: { contracts: ContractSummary[] }) {
  const t = useTranslations("portal.contracts");
  const columns: Array<Column<ContractSummary>> = [
    {
      header: t("columns.number"),
      isRowHeader: true,
      className: "whitespace-nowrap",
      headerClassName: "",
      cell: (contract) => <TextLink href={`/contracts/${contract.id}`}>{contract.number}</TextLink>,
    },
    { header: t("columns.customer"), cell: (contract) => contract.customerName },
    {
      header: t("columns.serviceLevel"),
      className: "whitespace-nowrap",
      cell: (contract) => serviceLevelLabel(contract.serviceLevel),
    },
    {
      header: t("columns.validFrom"),
      className: "whitespace-nowrap",
      cell: (contract) => <ContractDate value={contract.validFrom} />,
    },
    {
      header: t("columns.validTo"),
      className: "whitespace-nowrap",
      cell: (contract) => <ContractDate value={contract.validTo} />,
    },
    {
      header: t("columns.status"),
      cell: (contract) => <ContractStatusBadge validTo={contract.validTo} withNote />,
    },
    {
      header: t("columns.assets"),
      className: "text-right tabular-nums",
      cell: (contract) => contract.assetCount,
    },
  ];
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
      role="region"
      aria-labelledby={CAPTION_ID}
      tabIndex={0}
    >
      <DataTable
        caption={t("caption")}
        captionId={CAPTION_ID}
        rows={contracts}
        rowKey={(contract) => contract.id}
        columns={columns}
      />
    </div>
  );
}
