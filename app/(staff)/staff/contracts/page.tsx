import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormatters } from "@/components/i18n/get-formatters";
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
import { parseSearchParams } from "@/lib/pagination/search-params";
import { ContractStatusBadge } from "@/components/contracts/contract-status-badge";

const LIST = "/staff/contracts";
const NUMBER_CELL = "font-mono";
const COUNT_CELL = "text-right tabular-nums";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.contracts.list"))("title") };
}

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
  const t = await getTranslations("admin.contracts.list");
  const format = await getFormatters();

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            {contractScope(actor, "import") ? (
              <LinkButton href="/staff/contracts/import">{t("importCsv")}</LinkButton>
            ) : null}
            {contractScope(actor, "create") ? (
              <LinkButton href="/staff/contracts/new" variant="primary">
                {t("newContract")}
              </LinkButton>
            ) : null}
          </>
        }
      />
      <FilterBar
        action={LIST}
        submitLabel={t("search")}
        clearHref={q ? LIST : null}
        clearLabel={t("clear")}
        className="sm:grid-cols-[minmax(16rem,1fr)]"
      >
        <Field
          label={t("searchLabel")}
          name="q"
          type="search"
          defaultValue={q ?? ""}
          placeholder={t("searchPlaceholder")}
        />
      </FilterBar>

      <Card className="overflow-x-auto">
        {page.items.length ? (
          <DataTable
            caption={q ? t("captionMatching", { q }) : t("captionAll")}
            rows={page.items}
            rowKey={(contract) => contract.id}
            columns={[
              {
                header: t("number"),
                isRowHeader: true,
                className: NUMBER_CELL,
                headerClassName: "",
                cell: (contract) => (
                  <TextLink href={`/staff/contracts/${contract.id}`}>{contract.number}</TextLink>
                ),
              },
              { header: t("customer"), cell: (contract) => contract.customerName },
              {
                header: t("serviceLevel"),
                cell: (contract) => serviceLevelLabel(contract.serviceLevel),
              },
              { header: t("validTo"), cell: (contract) => format.day(contract.validTo) },
              {
                header: t("status"),
                cell: (contract) => <ContractStatusBadge validTo={contract.validTo} />,
              },
              {
                header: t("assets"),
                className: COUNT_CELL,
                cell: (contract) => contract.assetCount,
              },
            ]}
          />
        ) : (
          <p className="px-5 py-8 text-center text-slate-600">
            {q ? t("noMatch", { q }) : t("empty")}
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
