"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { changeRole } from "@/lib/admin/change-role";
import { forcePasswordReset } from "@/lib/admin/force-password-reset";
import { inviteStaff } from "@/lib/admin/invite-staff";
import { inviteStaffSchema, staffRoleSchema, userIdSchema } from "@/lib/admin/schemas";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import { serverAction } from "@/lib/actions/server-action";
import { getRequestContext } from "@/lib/http/request-context";

const user = { actor: "staff", bound: [userIdSchema] } as const;

export const inviteStaffAction = serverAction(
  { name: "inviteStaff", actor: "staff", input: inviteStaffSchema },
  async ({ actor, input }) => {
    const result = await inviteStaff(actor, input, await getRequestContext());
    revalidatePath("/staff/users");
    return { ...result, email: input.email };
  },
);

export const setUserDisabledAction = serverAction(
  {
    name: "setUserDisabled",
    actor: "staff",
    bound: [userIdSchema, z.boolean()],
    input: z.object({}),
  },
  async ({ actor, bound: [userId, disabled] }) => {
    const result = await setUserDisabled(actor, { userId, disabled }, await getRequestContext());
    revalidatePath(`/staff/users/${userId}`);
    return result;
  },
);

export const forcePasswordResetAction = serverAction(
  { name: "forcePasswordReset", ...user, input: z.object({}) },
  async ({ actor, bound: [userId] }) => {
    await forcePasswordReset(actor, userId, await getRequestContext());
    revalidatePath(`/staff/users/${userId}`);
  },
);

export const changeRoleAction = serverAction(
  { name: "changeRole", ...user, input: z.object({ role: staffRoleSchema }) },
  async ({ actor, bound: [userId], input }) => {
    const result = await changeRole(actor, { userId, role: input.role }, await getRequestContext());
    revalidatePath(`/staff/users/${userId}`);
    return result;
  },
);
