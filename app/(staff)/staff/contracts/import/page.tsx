import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { requireStaff } from "@/lib/auth/actor";
import { CONTRACT_CSV_COLUMNS } from "@/lib/contracts/contracts-csv";
import { contractScope } from "@/lib/contracts/policy";
import { serviceLevelOptions, vendorOptions } from "@/lib/contracts/staff-schemas";
import { ImportForm } from "./_components/import-form";

export const metadata: Metadata = { title: "Import contracts" };

export default async function ImportContractsPage() {
  const actor = await requireStaff();
  if (!contractScope(actor, "import")) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <TextLink href="/staff/contracts">← Contracts</TextLink>
      </p>
      <PageHeader
        title="Import contracts"
        description="Upload a CSV file, check the preview of every row, then confirm. One bad row and nothing is imported."
      />
      <div className="flex flex-col gap-6">
        <Card>
          <CardBody>
            <ImportForm />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="File format" level={2} />
          <CardBody className="flex flex-col gap-3 text-sm text-slate-700">
            <p>
              One row per covered asset, with a header row. The rows of one contract repeat its
              number, customer, service level and dates, which must agree.
            </p>
            <p>
              Columns: <code className="font-mono break-all">{CONTRACT_CSV_COLUMNS.join(",")}</code>{" "}
              (<code className="font-mono">description</code> may be empty or left out).
            </p>
            <p>
              Service level: {serviceLevelOptions.map((o) => o.label).join(", ")}. Vendor:{" "}
              {vendorOptions.map((o) => o.value).join(", ")}. Dates as YYYY-MM-DD.
            </p>
            <p>
              A contract number already in the system updates that contract and keeps its key; its
              assets are matched by serial number (updated or added, never removed). New contracts
              get activation keys, offered once as a CSV download after the import.
            </p>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
