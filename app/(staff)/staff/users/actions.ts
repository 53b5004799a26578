"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { changeRole } from "@/lib/admin/change-role";
import { forcePasswordReset } from "@/lib/admin/force-password-reset";
import { inviteStaff } from "@/lib/admin/invite-staff";
import {
  changeRoleSchema,
  inviteStaffSchema,
  setUserDisabledSchema,
  userIdSchema,
} from "@/lib/admin/schemas";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import { parseAndRun } from "@/lib/actions/action-result";
import { requireStaff } from "@/lib/auth/actor";
import { getRequestContext } from "@/lib/http/request-context";

// Each action: parse, re-check the session, one lib call (which checks the role and audits).

export async function inviteStaffAction(input: unknown) {
  return parseAndRun(inviteStaffSchema, input, async (data) => {
    const actor = await requireStaff();
    const result = await inviteStaff(actor, data, await getRequestContext());
    revalidatePath("/staff/users");
    return { ...result, email: data.email };
  });
}

export async function setUserDisabledAction(userId: unknown, disabled: unknown) {
  return parseAndRun(setUserDisabledSchema, { userId, disabled }, async (data) => {
    const actor = await requireStaff();
    const result = await setUserDisabled(actor, data, await getRequestContext());
    revalidatePath(`/staff/users/${data.userId}`);
    return result;
  });
}

export async function forcePasswordResetAction(userId: unknown) {
  return parseAndRun(z.object({ userId: userIdSchema }), { userId }, async (data) => {
    const actor = await requireStaff();
    await forcePasswordReset(actor, data.userId, await getRequestContext());
    revalidatePath(`/staff/users/${data.userId}`);
  });
}

export async function changeRoleAction(userId: unknown, input: unknown) {
  const role = (input as { role?: unknown } | null)?.role;
  return parseAndRun(changeRoleSchema, { userId, role }, async (data) => {
    const actor = await requireStaff();
    const result = await changeRole(actor, data, await getRequestContext());
    revalidatePath(`/staff/users/${data.userId}`);
    return result;
  });
}
