import type { Metadata } from "next";
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
import { formatDateTime, formatDay } from "@/lib/format";

export const metadata: Metadata = { title: "Contract" };

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

  return (
    <>
      <p className="mb-2 text-sm">
        <TextLink href="/staff/contracts">← Contracts</TextLink>
      </p>
      <PageHeader
        title={`Contract ${contract.number}`}
        description={contract.customerName}
        actions={
          canEdit ? (
            <LinkButton href={`/staff/contracts/${contract.id}/edit`}>Edit contract</LinkButton>
          ) : null
        }
      />
      {saved ? (
        <div role="status" className="mb-4">
          <Alert tone="success">Changes saved.</Alert>
        </div>
      ) : null}
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader title="Details" />
          <CardBody>
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="text-slate-600">Status</dt>
              <dd>
                <ContractStatusBadge validTo={contract.validTo} />
              </dd>
              <dt className="text-slate-600">Service level</dt>
              <dd>{serviceLevelLabel(contract.serviceLevel)}</dd>
              <dt className="text-slate-600">Valid</dt>
              <dd>
                {formatDay(contract.validFrom)} – {formatDay(contract.validTo)}
              </dd>
              <dt className="text-slate-600">Key issued</dt>
              <dd>
                {formatDateTime(contract.keyGeneratedAt, { seconds: true, timeZone: "UTC" })} UTC
              </dd>
              <dt className="text-slate-600">Created by</dt>
              <dd>{contract.createdBy ?? "Import"}</dd>
            </dl>
          </CardBody>
        </Card>

        <Card>
          <CardHeader title="Covered assets" description={`${contract.assets.length} asset(s)`} />
          <CardBody>
            <AssetsTable assets={contract.assets} />
          </CardBody>
        </Card>

        {contractScope(actor, "regenerate_key") ? (
          <Card>
            <CardHeader
              title="Contract key (activation key)"
              description="Stored only as a hash: it can't be shown again. Regenerate it if the customer lost it."
            />
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
