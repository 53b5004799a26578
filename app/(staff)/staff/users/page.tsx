import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Field, SelectField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { KeysetPager, listHref } from "@/components/ui/keyset-pager";
import { LinkButton } from "@/components/ui/link-button";
import { TextLink } from "@/components/ui/text-link";
import { listUsers, userSearchSchema } from "@/lib/admin/list-users";
import { canAdmin } from "@/lib/admin/policy";
import { userStatusLabels } from "@/lib/admin/schemas";
import { USER_ROLES, USER_STATUSES } from "@/lib/enums";
import { formatDateTime, personName } from "@/lib/format";
import { parseSearchParams } from "@/lib/pagination/search-params";
import { requireStaff } from "@/lib/auth/actor";
import { roleLabels } from "@/lib/auth/roles";
import { UserStatusBadge } from "./_components/user-status-badge";

export const metadata: Metadata = { title: "User accounts" };

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireStaff();
  if (!canAdmin(actor.role, "list_users")) notFound();
  const { q, role, status, after, before } = parseSearchParams(
    userSearchSchema,
    await searchParams,
  ).query;
  const page = await listUsers(actor, { q, role, status, after, before });
  const pageHref = (cursor: { after?: string; before?: string }) =>
    listHref("/staff/users", { q, role, status, ...cursor });
  const filtered = Boolean(q || role || status);

  return (
    <>
      <PageHeader
        title="User accounts"
        description="Every account — staff and customers. Invite staff, change roles, disable accounts, force a password reset."
        actions={
          <LinkButton href="/staff/users/invite" variant="primary">
            Invite staff member
          </LinkButton>
        }
      />
      <FilterBar
        action="/staff/users"
        submitLabel="Search"
        clearHref={filtered ? "/staff/users" : null}
        clearLabel="Clear"
        className="sm:grid-cols-[minmax(14rem,2fr)_1fr_1fr]"
      >
        <Field
          label="Search users"
          name="q"
          type="search"
          defaultValue={q ?? ""}
          placeholder="Login, email, name or company"
        />
        <SelectField
          label="Role"
          name="role"
          defaultValue={role ?? ""}
          placeholder="Any role"
          options={USER_ROLES.map((value) => ({ value, label: roleLabels[value] }))}
        />
        <SelectField
          label="Status"
          name="status"
          defaultValue={status ?? ""}
          placeholder="Any status"
          options={USER_STATUSES.map((value) => ({ value, label: userStatusLabels[value] }))}
        />
      </FilterBar>

      <Card className="overflow-x-auto">
        {page.items.length ? (
          <DataTable
            caption={`${filtered ? "Users matching the filters" : "All users"}, by login`}
            rows={page.items}
            rowKey={(user) => user.id}
            columns={[
              {
                header: "Login",
                isRowHeader: true,
                cell: (user) => <TextLink href={`/staff/users/${user.id}`}>{user.login}</TextLink>,
              },
              {
                header: "Name",
                cell: (user) => (
                  <>
                    {personName(user)}
                    {user.company ? (
                      <span className="block text-xs text-slate-500">{user.company}</span>
                    ) : null}
                  </>
                ),
              },
              { header: "Email", cell: (user) => user.email, className: "break-all" },
              { header: "Role", cell: (user) => roleLabels[user.role] },
              { header: "Status", cell: (user) => <UserStatusBadge status={user.status} /> },
              {
                header: "Last login",
                cell: (user) => formatDateTime(user.lastLoginAt),
                className: "whitespace-nowrap",
              },
            ]}
          />
        ) : (
          <p className="px-5 py-8 text-center text-slate-600">
            {filtered ? "No user matches these filters." : "No users yet."}
          </p>
        )}
      </Card>

      <KeysetPager
        previousHref={page.prevCursor ? pageHref({ before: page.prevCursor }) : null}
        nextHref={page.nextCursor ? pageHref({ after: page.nextCursor }) : null}
        labels={{ previous: "← Previous", next: "Next →" }}
      />
    </>
  );
}
