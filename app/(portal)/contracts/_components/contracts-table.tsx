import { TextLink } from "@/components/ui/text-link";
import type { ContractSummary } from "@/lib/contracts/list-contracts";
import { serviceLevelLabel } from "@/lib/contracts/service-levels";
import { ContractDate } from "./contract-date";
import { ContractStatusBadge } from "./contract-status-badge";

const th = "px-4 py-3 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase";
const td = "px-4 py-3 align-top text-sm text-slate-800";

/** The contracts activated on the account; each number opens the contract. */
export function ContractsTable({ contracts }: { contracts: ContractSummary[] }) {
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
      role="region"
      aria-labelledby="contracts-caption"
      tabIndex={0}
    >
      <table className="min-w-full divide-y divide-slate-200">
        <caption id="contracts-caption" className="sr-only">
          Contracts activated on your account
        </caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Contract number
            </th>
            <th scope="col" className={th}>
              Customer
            </th>
            <th scope="col" className={th}>
              Service level
            </th>
            <th scope="col" className={th}>
              Valid from
            </th>
            <th scope="col" className={th}>
              Valid to
            </th>
            <th scope="col" className={th}>
              Status
            </th>
            <th scope="col" className={`${th} text-right`}>
              Assets
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {contracts.map((contract) => (
            <tr key={contract.id} className="hover:bg-slate-50">
              <th scope="row" className={`${td} font-semibold whitespace-nowrap`}>
                <TextLink href={`/contracts/${contract.id}`}>{contract.number}</TextLink>
              </th>
              <td className={td}>{contract.customerName}</td>
              <td className={`${td} whitespace-nowrap`}>
                {serviceLevelLabel(contract.serviceLevel)}
              </td>
              <td className={`${td} whitespace-nowrap`}>
                <ContractDate value={contract.validFrom} />
              </td>
              <td className={`${td} whitespace-nowrap`}>
                <ContractDate value={contract.validTo} />
              </td>
              <td className={td}>
                <ContractStatusBadge status={contract.status} validTo={contract.validTo} />
              </td>
              <td className={`${td} text-right tabular-nums`}>{contract.assetCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
