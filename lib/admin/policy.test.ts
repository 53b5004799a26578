import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, type UserRole } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createActor, createUser, uniqueSuffix } from "@/test/factories";
import { changeRole } from "./change-role";
import { forcePasswordReset } from "./force-password-reset";
import { getUser } from "./get-user";
import { inviteStaff } from "./invite-staff";
import { listAuditEvents } from "./list-audit-events";
import { listUsers } from "./list-users";
import { getOverviewStats } from "./overview-stats";
import { canAdmin, type AdminOperation } from "./policy";
import { setUserDisabled } from "./set-user-disabled";

type Outcome = "allowed" | "forbidden";
type Who = UserRole | "disabled_admin";

// Every account-management use case, run as every role (and as an admin whose account was
// disabled after the session began) against a fresh target account.
const operations: Record<string, (actor: Actor, targetId: string) => Promise<unknown>> = {
  list_users: (actor) => listUsers(actor),
  get_user: (actor, id) => getUser(actor, id),
  invite_staff: (actor) => {
    const s = uniqueSuffix();
    return inviteStaff(actor, {
      email: `invitee-${s}@clico.pl`,
      login: `invitee-${s}`,
      firstName: "Ina",
      lastName: "Vitee",
      role: "support_engineer",
    });
  },
  change_role: (actor, id) => changeRole(actor, { userId: id, role: "orders_team" }),
  disable: (actor, id) => setUserDisabled(actor, { userId: id, disabled: true }),
  enable: (actor, id) => setUserDisabled(actor, { userId: id, disabled: false }),
  force_password_reset: (actor, id) => forcePasswordReset(actor, id),
  read_audit_log: (actor) => listAuditEvents(actor),
  view_overview: (actor) => getOverviewStats(actor),
};

const adminOnly = (who: Who): Record<keyof typeof operations, Outcome> => {
  const outcome: Outcome = who === "admin" ? "allowed" : "forbidden";
  return {
    list_users: outcome,
    get_user: outcome,
    invite_staff: outcome,
    change_role: outcome,
    disable: outcome,
    enable: outcome,
    force_password_reset: outcome,
    read_audit_log: outcome,
    view_overview: who === "admin" || who === "support_engineer" ? "allowed" : "forbidden",
  };
};

const WHO: Who[] = ["customer", "support_engineer", "orders_team", "admin", "disabled_admin"];
const cases = WHO.flatMap((who) =>
  Object.entries(adminOnly(who)).map(([operation, outcome]) => ({ who, operation, outcome })),
);

// The disabled admin still holds an Actor object (its session began before it was disabled):
// the use cases read role and status from the database, not from the caller.
const actorFor = (who: Who) =>
  createActor(who === "disabled_admin" ? { role: "admin", status: "disabled" } : { role: who });

describe("account management, audit log and overview: role × operation", () => {
  it.each(cases)("$who → $operation: $outcome", async ({ who, operation, outcome }) => {
    const actor = await actorFor(who);
    const target = await createUser({
      role: "support_engineer",
      status: operation === "enable" ? "disabled" : "active",
    });
    const run = operations[operation]!(actor, target.id);
    if (outcome === "allowed") await expect(run).resolves.not.toThrow();
    else await expect(run).rejects.toMatchObject({ code: "forbidden" });
  });

  it("records a refused change as a denied audit event, and changes nothing", async () => {
    const engineer = await createUser({ role: "support_engineer" });
    const target = await createUser();
    await expect(
      setUserDisabled(engineer, { userId: target.id, disabled: true }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, engineer.id), eq(auditEvents.action, "user.disable")));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ outcome: "denied", targetType: "user", targetId: target.id });
  });

  it("the role table: only admins manage users and read the audit log", () => {
    const manage: AdminOperation[] = [
      "list_users",
      "invite_staff",
      "change_role",
      "set_user_disabled",
      "force_password_reset",
      "read_audit_log",
    ];
    for (const role of ["customer", "support_engineer", "orders_team"] as const)
      for (const operation of manage) expect(canAdmin(role, operation)).toBe(false);
    for (const operation of manage) expect(canAdmin("admin", operation)).toBe(true);
  });
});
