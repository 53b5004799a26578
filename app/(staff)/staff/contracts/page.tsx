import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { requireStaff } from "@/lib/auth/actor";
import { contractScope } from "@/lib/contracts/policy";
import { contractSearchSchema, searchContracts } from "@/lib/contracts/search-contracts";
import { serviceLevelLabel } from "@/lib/contracts/service-levels";
import { parseSearchParams } from "@/lib/pagination/search-params";
import { ContractStatusBadge } from "./_components/status-badge";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { formatDay } from "@/lib/format";

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
    `/staff/contracts?${new URLSearchParams({ ...(q ? { q } : {}), ...cursor })}`;

  return (
    <>
      <PageHeader
        title="Contracts"
        description="Support contracts, their covered assets and activation keys."
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
      <form role="search" action="/staff/contracts" className="mb-4 flex flex-wrap items-end gap-2">
        <div className="flex min-w-64 flex-1 flex-col gap-1.5">
          <label htmlFor="q" className="text-sm font-medium text-navy-900">
            Search contracts
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={q ?? ""}
            placeholder="Contract number, customer or serial number"
            className="block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base text-slate-900 shadow-sm hover:border-slate-400 focus-visible:border-focus sm:text-sm"
          />
        </div>
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          Search
        </button>
        {q ? (
          <Link href="/staff/contracts" className={buttonClasses({ variant: "ghost" })}>
            Clear
          </Link>
        ) : null}
      </form>

      <Card className="overflow-x-auto">
        {page.items.length ? (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">
              {q ? `Contracts matching “${q}”` : "Contracts, newest first"}
            </caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Number
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Customer
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Service level
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Valid to
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Status
                </th>
                <th scope="col" className="px-4 py-3 text-right font-semibold">
                  Assets
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {page.items.map((contract) => {
                return (
                  <tr key={contract.id} className="hover:bg-slate-50">
                    <th scope="row" className="px-4 py-3 font-mono font-semibold">
                      <Link
                        href={`/staff/contracts/${contract.id}`}
                        className="text-navy-700 underline decoration-navy-300 hover:text-brand-700"
                      >
                        {contract.number}
                      </Link>
                    </th>
                    <td className="px-4 py-3">{contract.customerName}</td>
                    <td className="px-4 py-3">{serviceLevelLabel(contract.serviceLevel)}</td>
                    <td className="px-4 py-3">{formatDay(contract.validTo)}</td>
                    <td className="px-4 py-3">
                      <ContractStatusBadge validTo={contract.validTo} />
                    </td>
                    <td className="px-4 py-3 text-right tabular-nums">{contract.assetCount}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
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
