import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Field } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { KeysetPager, listHref } from "@/components/ui/keyset-pager";
import { LinkButton } from "@/components/ui/link-button";
import { TextLink } from "@/components/ui/text-link";
import { requireStaff } from "@/lib/auth/actor";
import { contractScope } from "@/lib/contracts/policy";
import { contractSearchSchema, searchContracts } from "@/lib/contracts/search-contracts";
import { serviceLevelLabel } from "@/lib/contracts/service-levels";
import { formatDay } from "@/lib/format";
import { parseSearchParams } from "@/lib/pagination/search-params";
import { ContractStatusBadge } from "@/components/contracts/contract-status-badge";

export const metadata: Metadata = { title: "Contracts" };

export default async function StaffContractsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireStaff();
  const { q, after, before } = parseSearchParams(contractSearchSchema, await searchParams).query;
  const page = await searchContracts(actor, { q, after, before });
  const pageHref = (cursor: { after?: string; before?: string }) =>
    listHref("/staff/contracts", { q, ...cursor });

  return (
    <>
      <PageHeader
        title="Contracts"
        description="Support contracts, their covered assets and contract keys (activation keys)."
        actions={
          <>
            {contractScope(actor, "import") ? (
              <LinkButton href="/staff/contracts/import">Import from CSV</LinkButton>
            ) : null}
            {contractScope(actor, "create") ? (
              <LinkButton href="/staff/contracts/new" variant="primary">
                New contract
              </LinkButton>
            ) : null}
          </>
        }
      />
      <FilterBar
        action="/staff/contracts"
        submitLabel="Search"
        clearHref={q ? "/staff/contracts" : null}
        clearLabel="Clear"
        className="sm:grid-cols-[minmax(16rem,1fr)]"
      >
        <Field
          label="Search contracts"
          name="q"
          type="search"
          defaultValue={q ?? ""}
          placeholder="Contract number, customer or serial number"
        />
      </FilterBar>

      <Card className="overflow-x-auto">
        {page.items.length ? (
          <DataTable
            caption={q ? `Contracts matching “${q}”` : "Contracts, newest first"}
            rows={page.items}
            rowKey={(contract) => contract.id}
            columns={[
              {
                header: "Number",
                isRowHeader: true,
                className: "font-mono",
                headerClassName: "",
                cell: (contract) => (
                  <TextLink href={`/staff/contracts/${contract.id}`}>{contract.number}</TextLink>
                ),
              },
              { header: "Customer", cell: (contract) => contract.customerName },
              {
                header: "Service level",
                cell: (contract) => serviceLevelLabel(contract.serviceLevel),
              },
              { header: "Valid to", cell: (contract) => formatDay(contract.validTo) },
              {
                header: "Status",
                cell: (contract) => <ContractStatusBadge validTo={contract.validTo} />,
              },
              {
                header: "Assets",
                className: "text-right tabular-nums",
                cell: (contract) => contract.assetCount,
              },
            ]}
          />
        ) : (
          <p className="px-5 py-8 text-center text-slate-600">
            {q ? `No contract matches “${q}”.` : "No contracts yet."}
          </p>
        )}
      </Card>

      <KeysetPager
        previousHref={page.prevCursor ? pageHref({ before: page.prevCursor }) : null}
        nextHref={page.nextCursor ? pageHref({ after: page.nextCursor }) : null}
      />
    </>
  );
}
