import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { INVITE_LINK_HOURS } from "@/lib/admin/admin-emails";
import { canAdmin } from "@/lib/admin/policy";
import { requireStaff } from "@/lib/auth/actor";
import { inviteStaffAction } from "../actions";
import { InviteForm } from "../_components/invite-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users.invite"))("title") };
}

export default async function InviteStaffPage() {
  const actor = await requireStaff();
  if (!canAdmin(actor.role, "invite_staff")) notFound();
  const t = await getTranslations("admin.users.invite");
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { hours: INVITE_LINK_HOURS })} />
      <Card className="max-w-2xl">
        <CardBody>
          <InviteForm action={inviteStaffAction} />
        </CardBody>
      </Card>
    </>
  );
}
