import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { requireStaff } from "@/lib/auth/actor";
import { navFor } from "@/components/shell/navigation";
import { roleLabels } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Staff overview" };

export default async function StaffHomePage() {
  const actor = await requireStaff();
  const areas = navFor(actor.role).filter((entry) => entry.href !== "/staff");
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`${roleLabels[actor.role]} workspace. Welcome, ${actor.firstName}.`}
      />
      <Card>
        <CardHeader title="Your areas" level={2} />
        <CardBody>
          {areas.length ? (
            <ul className="flex flex-col gap-2">
              {areas.map((area) => (
                <li key={area.href}>
                  <TextLink href={area.href}>{area.label}</TextLink>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">The ticket queue arrives with the staff workspace.</p>
          )}
        </CardBody>
      </Card>
    </>
  );
}
