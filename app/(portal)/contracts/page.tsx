import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/actor";
import { listContracts } from "@/lib/contracts/list-contracts";
import { ContractsTable } from "./_components/contracts-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portal.contracts"))("title") };
}

export default async function ContractsPage() {
  const actor = await requireActor();
  const contracts = await listContracts(actor);
  const t = await getTranslations("portal.contracts");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {contracts.length === 0 ? (
        <Card>
          <CardBody className="flex flex-col gap-2 py-10 text-center">
            <h2 className="text-lg font-semibold text-navy-900">{t("emptyTitle")}</h2>
            <p className="text-sm text-slate-600">{t("emptyText")}</p>
          </CardBody>
        </Card>
      ) : (
        <ContractsTable contracts={contracts} />
      )}
    </>
  );
}
