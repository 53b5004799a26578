import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { getUser } from "@/lib/admin/get-user";
import { canAdmin } from "@/lib/admin/policy";
import { requireStaff } from "@/lib/auth/actor";
import { roleLabels } from "@/lib/auth/roles";
import { orNotFound } from "@/lib/http/or-not-found";
import { changeRoleAction, forcePasswordResetAction, setUserDisabledAction } from "../actions";
import { UserActions } from "../_components/user-actions";
import { UserStatusBadge } from "../_components/user-status-badge";
import { formatDateTime, personName } from "@/lib/format";

export const metadata: Metadata = { title: "User account" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  if (!canAdmin(actor.role, "list_users")) notFound();
  const { id } = await params;
  const user = await orNotFound(getUser(actor, id));
  const isSelf = user.id === actor.id;
  const details: Array<[string, ReactNode]> = [
    ["Login", user.login],
    ["Email", user.email],
    ["Role", roleLabels[user.role]],
    ["Status", <UserStatusBadge key="status" status={user.status} />],
    ["Company", user.company || "—"],
    ["Phone", user.phone || "—"],
    ["Job title", user.jobTitle || "—"],
    ["Email confirmed", formatDateTime(user.emailConfirmedAt)],
    ["Last login", formatDateTime(user.lastLoginAt)],
    ["Created", formatDateTime(user.createdAt)],
    ...(user.legacyTacId ? [["TAC id", user.legacyTacId] as [string, string]] : []),
  ];

  return (
    <>
      <PageHeader
        title={personName(user)}
        description={`${roleLabels[user.role]} · ${user.login}`}
        actions={
          <LinkButton
            href={`/staff/audit?${new URLSearchParams({ targetType: "user", targetId: user.id })}`}
          >
            Audit events
          </LinkButton>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_3fr]">
        <Card as="section" aria-labelledby="account-heading">
          <CardHeader id="account-heading" title="Account" />
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
            title="Manage"
            description={
              isSelf
                ? "This is your own account: another administrator must disable or demote it."
                : undefined
            }
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
