import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormatters } from "@/components/i18n/get-formatters";
import { AssetsTable } from "@/components/contracts/assets-table";
import { PageHeader } from "@/components/shell/page-header";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { TextLink } from "@/components/ui/text-link";
import { contractScope } from "@/lib/contracts/policy";
import { serviceLevelLabel } from "@/lib/contracts/service-levels";
import { loadStaffContract } from "../_components/load-staff-contract";
import { RegenerateKeyButton } from "../_components/regenerate-key-button";
import { ContractStatusBadge } from "@/components/contracts/contract-status-badge";
import { regenerateContractKeyAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.contracts.page"))("title") };
}

export default async function StaffContractPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { actor, contract } = await loadStaffContract((await params).id);
  const { saved } = await searchParams;
  const canEdit = Boolean(contractScope(actor, "update"));
  const canRegenerate = Boolean(contractScope(actor, "regenerate_key"));
  const t = await getTranslations("admin.contracts.page");
  const format = await getFormatters();

  return (
    <>
      <p className="mb-2 text-sm">
        <TextLink href="/staff/contracts">{t("back")}</TextLink>
      </p>
      <PageHeader
        title={t("heading", { number: contract.number })}
        description={contract.customerName}
        actions={
          canEdit ? (
            <LinkButton href={`/staff/contracts/${contract.id}/edit`}>{t("edit")}</LinkButton>
          ) : null
        }
      />
      {saved ? (
        <div role="status" className="mb-4">
          <Alert tone="success">{t("saved")}</Alert>
        </div>
      ) : null}
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader title={t("details")} />
          <CardBody>
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="text-slate-600">{t("status")}</dt>
              <dd>
                <ContractStatusBadge validTo={contract.validTo} />
              </dd>
              <dt className="text-slate-600">{t("serviceLevel")}</dt>
              <dd>{serviceLevelLabel(contract.serviceLevel)}</dd>
              <dt className="text-slate-600">{t("valid")}</dt>
              <dd>
                {t("period", {
                  from: format.day(contract.validFrom),
                  to: format.day(contract.validTo),
                })}
              </dd>
              <dt className="text-slate-600">{t("keyIssued")}</dt>
              <dd>
                {t("keyIssuedAt", {
                  time: format.dateTime(contract.keyGeneratedAt, {
                    seconds: true,
                    timeZone: "UTC",
                  }),
                })}
              </dd>
              <dt className="text-slate-600">{t("createdBy")}</dt>
              <dd>{contract.createdBy ?? t("createdByImport")}</dd>
            </dl>
          </CardBody>
        </Card>

        <Card>
          <CardHeader
            title={t("coveredAssets")}
            description={t("assetCount", { count: contract.assets.length })}
          />
          <CardBody>
            <AssetsTable assets={contract.assets} />
          </CardBody>
        </Card>

        {canRegenerate ? (
          <Card>
            <CardHeader title={t("keyTitle")} description={t("keyDescription")} />
            <CardBody>
              <RegenerateKeyButton
                number={contract.number}
                customerName={contract.customerName}
                action={regenerateContractKeyAction.bind(null, contract.id)}
              />
            </CardBody>
          </Card>
        ) : null}
      </div>
    </>
  );
}
