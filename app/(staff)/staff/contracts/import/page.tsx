import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { requireStaff } from "@/lib/auth/actor";
import { CONTRACT_CSV_COLUMNS } from "@/lib/contracts/contracts-csv";
import { contractScope } from "@/lib/contracts/policy";
import { serviceLevelOptions, VENDOR_IDS } from "@/lib/contracts/staff-schemas";
import { ImportForm } from "./_components/import-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.import"))("title") };
}

export default async function ImportContractsPage() {
  const actor = await requireStaff();
  if (!contractScope(actor, "import")) notFound();
  const t = await getTranslations("admin.import");
  return (
    <>
      <p className="mb-2 text-sm">
        <TextLink href="/staff/contracts">{t("back")}</TextLink>
      </p>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="flex flex-col gap-6">
        <Card>
          <CardBody>
            <ImportForm />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("formatTitle")} level={2} />
          <CardBody className="flex flex-col gap-3 text-sm text-slate-700">
            <p>{t("formatRows")}</p>
            <p>
              {t.rich("formatColumns", {
                columns: CONTRACT_CSV_COLUMNS.join(","),
                list: (chunks) => <code className="font-mono break-all">{chunks}</code>,
                code: (chunks) => <code className="font-mono">{chunks}</code>,
              })}
            </p>
            <p>
              {t("formatValues", {
                levels: serviceLevelOptions.map((o) => o.label).join(", "),
                vendors: VENDOR_IDS.join(", "),
              })}
            </p>
            <p>{t("formatExisting")}</p>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
