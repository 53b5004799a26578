import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormatters } from "@/components/i18n/get-formatters";
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
import { USER_ROLES, USER_STATUSES } from "@/lib/enums";
import { personName } from "@/lib/format";
import { parseSearchParams } from "@/lib/pagination/search-params";
import { requireStaff } from "@/lib/auth/actor";
import { UserStatusBadge } from "./_components/user-status-badge";

const LIST = "/staff/users";
const EMAIL_CELL = "break-all";
const NOWRAP = "whitespace-nowrap";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users.list"))("title") };
}

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
  const t = await getTranslations("admin.users");
  const enums = await getTranslations("enums");
  const format = await getFormatters();

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          <LinkButton href="/staff/users/invite" variant="primary">
            {t("list.invite")}
          </LinkButton>
        }
      />
      <FilterBar
        action={LIST}
        submitLabel={t("list.search")}
        clearHref={filtered ? LIST : null}
        clearLabel={t("list.clear")}
        className="sm:grid-cols-[minmax(14rem,2fr)_1fr_1fr]"
      >
        <Field
          label={t("list.searchLabel")}
          name="q"
          type="search"
          defaultValue={q ?? ""}
          placeholder={t("list.searchPlaceholder")}
        />
        <SelectField
          label={t("list.role")}
          name="role"
          defaultValue={role ?? ""}
          placeholder={t("list.anyRole")}
          options={USER_ROLES.map((value) => ({ value, label: enums(`role.${value}`) }))}
        />
        <SelectField
          label={t("list.status")}
          name="status"
          defaultValue={status ?? ""}
          placeholder={t("list.anyStatus")}
          options={USER_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
      </FilterBar>

      <Card className="overflow-x-auto">
        {page.items.length ? (
          <DataTable
            caption={filtered ? t("list.captionFiltered") : t("list.captionAll")}
            rows={page.items}
            rowKey={(user) => user.id}
            columns={[
              {
                header: t("list.login"),
                isRowHeader: true,
                cell: (user) => <TextLink href={`/staff/users/${user.id}`}>{user.login}</TextLink>,
              },
              {
                header: t("list.name"),
                cell: (user) => (
                  <>
                    {personName(user)}
                    {user.company ? (
                      <span className="block text-xs text-slate-500">{user.company}</span>
                    ) : null}
                  </>
                ),
              },
              { header: t("list.email"), cell: (user) => user.email, className: EMAIL_CELL },
              { header: t("list.role"), cell: (user) => enums(`role.${user.role}`) },
              {
                header: t("list.status"),
                cell: (user) => <UserStatusBadge status={user.status} />,
              },
              {
                header: t("list.lastLogin"),
                cell: (user) => format.dateTime(user.lastLoginAt),
                className: NOWRAP,
              },
            ]}
          />
        ) : (
          <p className="px-5 py-8 text-center text-slate-600">
            {filtered ? t("list.noMatch") : t("list.empty")}
          </p>
        )}
      </Card>

      <KeysetPager
        previousHref={page.prevCursor ? pageHref({ before: page.prevCursor }) : null}
        nextHref={page.nextCursor ? pageHref({ after: page.nextCursor }) : null}
        labels={{ previous: t("list.previous"), next: t("list.next") }}
      />
    </>
  );
}
