import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { requireStaff } from "@/lib/auth/actor";
import { contractScope } from "@/lib/contracts/policy";
import { ContractForm } from "../_components/contract-form";
import { createContractAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.contracts.new"))("title") };
}

export default async function NewContractPage() {
  const actor = await requireStaff();
  if (!contractScope(actor, "create")) notFound();
  const t = await getTranslations("admin.contracts.new");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardBody>
          <ContractForm mode="create" action={createContractAction} />
        </CardBody>
      </Card>
    </>
  );
}
