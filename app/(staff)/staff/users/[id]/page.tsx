import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormatters } from "@/components/i18n/get-formatters";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { getUser } from "@/lib/admin/get-user";
import { canAdmin } from "@/lib/admin/policy";
import { requireStaff } from "@/lib/auth/actor";
import { orNotFound } from "@/lib/http/or-not-found";
import { changeRoleAction, forcePasswordResetAction, setUserDisabledAction } from "../actions";
import { UserActions } from "../_components/user-actions";
import { UserStatusBadge } from "../_components/user-status-badge";
import { personName } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users.page"))("title") };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  if (!canAdmin(actor.role, "list_users")) notFound();
  const { id } = await params;
  const user = await orNotFound(getUser(actor, id));
  const isSelf = user.id === actor.id;
  const t = await getTranslations("admin.users.page");
  const enums = await getTranslations("enums");
  const format = await getFormatters();
  const role = enums(`role.${user.role}`);
  const none = "—";
  const details: Array<[string, ReactNode]> = [
    [t("login"), user.login],
    [t("email"), user.email],
    [t("role"), role],
    [t("status"), <UserStatusBadge key="status" status={user.status} />],
    [t("company"), user.company || none],
    [t("phone"), user.phone || none],
    [t("jobTitle"), user.jobTitle || none],
    [t("emailConfirmed"), format.dateTime(user.emailConfirmedAt)],
    [t("lastLogin"), format.dateTime(user.lastLoginAt)],
    [t("created"), format.dateTime(user.createdAt)],
    ...(user.legacyTacId ? [[t("tacId"), user.legacyTacId] as [string, string]] : []),
  ];

  return (
    <>
      <PageHeader
        title={personName(user)}
        description={t("description", { role, login: user.login })}
        actions={
          <LinkButton
            href={`/staff/audit?${new URLSearchParams({ targetType: "user", targetId: user.id })}`}
          >
            {t("auditEvents")}
          </LinkButton>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_3fr]">
        <Card as="section" aria-labelledby="account-heading">
          <CardHeader id="account-heading" title={t("account")} />
          <CardBody>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
              {details.map(([term, value]) => (
                <div key={term} className="contents">
                  <dt className="font-medium text-slate-600">{term}</dt>
                  <dd className="break-all text-navy-900">{value}</dd>
                </div>
              ))}
            </dl>
          </CardBody>
        </Card>
        <Card as="section" aria-labelledby="manage-heading">
          <CardHeader
            id="manage-heading"
            title={t("manage")}
            description={isSelf ? t("ownAccount") : undefined}
          />
          <CardBody>
            <UserActions
              user={{ id: user.id, login: user.login, role: user.role, status: user.status }}
              isSelf={isSelf}
              toggleDisabled={setUserDisabledAction.bind(null, user.id, user.status !== "disabled")}
              forceReset={forcePasswordResetAction.bind(null, user.id)}
              changeRole={changeRoleAction.bind(null, user.id)}
            />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
