import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { listUsers, userSearchSchema } from "@/lib/admin/list-users";
import { canAdmin } from "@/lib/admin/policy";
import { userStatusLabels } from "@/lib/admin/schemas";
import { USER_ROLES, USER_STATUSES } from "@/lib/enums";
import { parseSearchParams } from "@/lib/pagination/search-params";
import { requireStaff } from "@/lib/auth/actor";
import { roleLabels } from "@/lib/auth/roles";
import { UserStatusBadge } from "./_components/user-status-badge";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { formatDateTime, personName } from "@/lib/format";

export const metadata: Metadata = { title: "Staff accounts" };

const controlClass =
  "block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base text-slate-900 shadow-sm hover:border-slate-400 focus-visible:border-focus sm:text-sm";

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
  const filters = { ...(q ? { q } : {}), ...(role ? { role } : {}), ...(status ? { status } : {}) };
  const pageHref = (cursor: { after?: string; before?: string }) =>
    `/staff/users?${new URLSearchParams({ ...filters, ...cursor })}`;
  const filtered = Object.keys(filters).length > 0;

  return (
    <>
      <PageHeader
        title="Staff accounts"
        description="Every account — staff and customers. Invite staff, change roles, disable accounts, force a password reset."
        actions={
          <LinkButton href="/staff/users/invite" variant="primary">
            Invite staff member
          </LinkButton>
        }
      />
      <form
        role="search"
        action="/staff/users"
        className="mb-4 grid gap-3 sm:grid-cols-[minmax(14rem,2fr)_1fr_1fr_auto] sm:items-end"
      >
        <div className="flex flex-col gap-1.5">
          <label htmlFor="q" className="text-sm font-medium text-navy-900">
            Search users
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={q ?? ""}
            placeholder="Login, email, name or company"
            className={controlClass}
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="role" className="text-sm font-medium text-navy-900">
            Role
          </label>
          <select id="role" name="role" defaultValue={role ?? ""} className={controlClass}>
            <option value="">Any role</option>
            {USER_ROLES.map((value) => (
              <option key={value} value={value}>
                {roleLabels[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="status" className="text-sm font-medium text-navy-900">
            Status
          </label>
          <select id="status" name="status" defaultValue={status ?? ""} className={controlClass}>
            <option value="">Any status</option>
            {USER_STATUSES.map((value) => (
              <option key={value} value={value}>
                {userStatusLabels[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <button type="submit" className={buttonClasses({ variant: "secondary" })}>
            Search
          </button>
          {filtered ? (
            <Link href="/staff/users" className={buttonClasses({ variant: "ghost" })}>
              Clear
            </Link>
          ) : null}
        </div>
      </form>

      <Card className="overflow-x-auto">
        {page.items.length ? (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">
              {filtered ? "Users matching the filters" : "All users"}, by login
            </caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
              <tr>
                {["Login", "Name", "Email", "Role", "Status", "Last login"].map((heading) => (
                  <th key={heading} scope="col" className="px-4 py-3 font-semibold">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {page.items.map((user) => (
                <tr key={user.id} className="hover:bg-slate-50">
                  <th scope="row" className="px-4 py-3 font-semibold">
                    <Link
                      href={`/staff/users/${user.id}`}
                      className="text-navy-700 underline decoration-navy-300 hover:text-brand-700"
                    >
                      {user.login}
                    </Link>
                  </th>
                  <td className="px-4 py-3">
                    {personName(user)}
                    {user.company ? (
                      <span className="block text-xs text-slate-500">{user.company}</span>
                    ) : null}
                  </td>
                  <td className="px-4 py-3 break-all">{user.email}</td>
                  <td className="px-4 py-3">{roleLabels[user.role]}</td>
                  <td className="px-4 py-3">
                    <UserStatusBadge status={user.status} />
                  </td>
                  <td className="px-4 py-3 whitespace-nowrap">
                    {formatDateTime(user.lastLoginAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="px-5 py-8 text-center text-slate-600">
            {filtered ? "No user matches these filters." : "No users yet."}
          </p>
        )}
      </Card>

      <KeysetPager
        previousHref={page.prevCursor ? pageHref({ before: page.prevCursor }) : null}
        nextHref={page.nextCursor ? pageHref({ after: page.nextCursor }) : null}
        previousLabel="← Previous"
        nextLabel="Next →"
      />
    </>
  );
}
