import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { contractScope } from "@/lib/contracts/policy";
import { ContractForm } from "../../_components/contract-form";
import { loadStaffContract } from "../../_components/load-staff-contract";
import { updateContractAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.contracts.edit"))("title") };
}

export default async function EditContractPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, contract } = await loadStaffContract((await params).id);
  if (!contractScope(actor, "update")) notFound();
  const t = await getTranslations("admin.contracts.edit");
  return (
    <>
      <p className="mb-2 text-sm">
        <TextLink href={`/staff/contracts/${contract.id}`}>
          {t("back", { number: contract.number })}
        </TextLink>
      </p>
      <PageHeader
        title={t("heading", { number: contract.number })}
        description={t("description")}
      />
      <Card>
        <CardBody>
          <ContractForm
            mode="edit"
            contractId={contract.id}
            action={updateContractAction.bind(null, contract.id)}
            defaultValues={{
              number: contract.number,
              customerName: contract.customerName,
              serviceLevel: contract.serviceLevel,
              validFrom: contract.validFrom,
              validTo: contract.validTo,
              assets: contract.assets.map((asset) => ({
                id: asset.id,
                vendor: asset.vendor,
                product: asset.product,
                serialNumber: asset.serialNumber,
                description: asset.description ?? "",
              })),
            }}
          />
        </CardBody>
      </Card>
    </>
  );
}
