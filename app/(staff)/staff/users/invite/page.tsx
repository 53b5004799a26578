import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { INVITE_LINK_HOURS } from "@/lib/admin/admin-emails";
import { canAdmin } from "@/lib/admin/policy";
import { requireStaff } from "@/lib/auth/actor";
import { inviteStaffAction } from "../actions";
import { InviteForm } from "../_components/invite-form";

export const metadata: Metadata = { title: "Invite staff member" };

export default async function InviteStaffPage() {
  const actor = await requireStaff();
  if (!canAdmin(actor.role, "invite_staff")) notFound();
  return (
    <>
      <PageHeader
        title="Invite staff member"
        description={`We email a link to set a password, valid for ${INVITE_LINK_HOURS} hours. The account works once the password is set.`}
      />
      <Card className="max-w-2xl">
        <CardBody>
          <InviteForm action={inviteStaffAction} />
        </CardBody>
      </Card>
    </>
  );
}
