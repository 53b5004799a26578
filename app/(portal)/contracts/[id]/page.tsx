import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache, type ReactNode } from "react";
import { AssetsTable } from "@/components/contracts/assets-table";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { requireActor } from "@/lib/auth/actor";
import { getContract } from "@/lib/contracts/get-contract";
import { serviceLevelLabel } from "@/lib/contracts/service-levels";
import { orNotFound } from "@/lib/http/or-not-found";
import { ContractDate } from "../_components/contract-date";
import { ContractStatusBadge } from "@/components/contracts/contract-status-badge";

type Props = { params: Promise<{ id: string }> };

// One read per request, shared by the page and its metadata.
const loadContract = cache(async (id: string) => orNotFound(getContract(await requireActor(), id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const contract = await loadContract((await params).id);
  const t = await getTranslations("portal.contract");
  return { title: t("title", { number: contract.number }) };
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{term}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export default async function ContractPage({ params }: Props) {
  const contract = await loadContract((await params).id);
  const t = await getTranslations("portal.contract");
  return (
    <>
      <PageHeader
        title={t("title", { number: contract.number })}
        description={contract.customerName}
        actions={<LinkButton href="/contracts">{t("allContracts")}</LinkButton>}
      />
      <div className="flex flex-col gap-6">
        <Card as="section" aria-labelledby="contract-details">
          <CardHeader id="contract-details" title={t("details")} />
          <CardBody>
            <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
              <Detail term={t("customer")}>{contract.customerName}</Detail>
              <Detail term={t("serviceLevel")}>{serviceLevelLabel(contract.serviceLevel)}</Detail>
              <Detail term={t("validFrom")}>
                <ContractDate value={contract.validFrom} />
              </Detail>
              <Detail term={t("validTo")}>
                <ContractDate value={contract.validTo} />
              </Detail>
              <Detail term={t("status")}>
                <ContractStatusBadge validTo={contract.validTo} withNote />
              </Detail>
            </dl>
          </CardBody>
        </Card>

        <Card as="section" aria-labelledby="contract-assets">
          <CardHeader
            id="contract-assets"
            title={t("assetsTitle", { count: contract.assets.length })}
            description={t("assetsDescription")}
          />
          <CardBody>
            {contract.assets.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noAssets")}</p>
            ) : (
              <AssetsTable assets={contract.assets} />
            )}
          </CardBody>
        </Card>

        <Card as="section" aria-labelledby="contract-colleagues">
          <CardHeader
            id="contract-colleagues"
            title={t("colleaguesTitle")}
            description={t("colleaguesDescription")}
          />
          <CardBody>
            {contract.colleagues.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noColleagues")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {contract.colleagues.map((colleague, index) => (
                  <li key={index} className="flex flex-wrap gap-x-2 py-2 text-sm">
                    <span className="font-medium text-navy-900">{colleague.name}</span>
                    {colleague.company ? (
                      <span className="text-slate-600">{colleague.company}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      </div>
    </>
  );
}
