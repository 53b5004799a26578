import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { requireStaff } from "@/lib/auth/actor";
import { contractScope } from "@/lib/contracts/policy";
import { ContractForm } from "../_components/contract-form";
import { createContractAction } from "../actions";

export const metadata: Metadata = { title: "New contract" };

export default async function NewContractPage() {
  const actor = await requireStaff();
  if (!contractScope(actor, "create")) notFound();
  return (
    <>
      <PageHeader
        title="New contract"
        description="The contract key (activation key) is generated when you save, and shown once."
      />
      <Card>
        <CardBody>
          <ContractForm mode="create" action={createContractAction} />
        </CardBody>
      </Card>
    </>
  );
}
