import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/actor";
import { listContracts } from "@/lib/contracts/list-contracts";
import { ContractsTable } from "./_components/contracts-table";

export const metadata: Metadata = { title: "Contracts" };

export default async function ContractsPage() {
  const actor = await requireActor();
  const contracts = await listContracts(actor);
  return (
    <>
      <PageHeader
        title="Contracts"
        description="Every contract activated on your account. Colleagues who activate the same contract share its tickets."
      />
      {contracts.length === 0 ? (
        <Card>
          <CardBody className="flex flex-col gap-2 py-10 text-center">
            <h2 className="text-lg font-semibold text-navy-900">
              No contracts yet — use Register contract
            </h2>
            <p className="text-sm text-slate-600">
              “Register contract” at the top right activates a contract on your account with the
              contract number and contract key (activation key) from the CLICO Orders Team.
            </p>
          </CardBody>
        </Card>
      ) : (
        <ContractsTable contracts={contracts} />
      )}
    </>
  );
}
