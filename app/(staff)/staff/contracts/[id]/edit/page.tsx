import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { contractScope } from "@/lib/contracts/policy";
import { ContractForm } from "../../_components/contract-form";
import { loadStaffContract } from "../../_components/load-staff-contract";
import { updateContractAction } from "../../actions";

export const metadata: Metadata = { title: "Edit contract" };

export default async function EditContractPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, contract } = await loadStaffContract((await params).id);
  if (!contractScope(actor, "update")) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <TextLink href={`/staff/contracts/${contract.id}`}>← Contract {contract.number}</TextLink>
      </p>
      <PageHeader
        title={`Edit contract ${contract.number}`}
        description="The contract key (activation key) stays the same; regenerate it on the contract's page."
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
