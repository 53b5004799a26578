import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await requireActor();
  return (
    <>
      <PageHeader title="Dashboard" description={`Welcome, ${actor.firstName}.`} />
      <p className="text-slate-700">Your tickets and contracts will appear here.</p>
    </>
  );
}
