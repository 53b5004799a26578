"use client";

import { useActionState, useState, type ReactNode } from "react";
import { z } from "zod";
import type { UserRole, UserStatus } from "@/lib/enums";
import { failureOf, useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { STAFF_ROLES, staffRoleSchema, type StaffRole } from "@/lib/admin/schemas";
import { roleLabels } from "@/lib/auth/roles";
import { initialFormState, type FormState } from "@/lib/actions/form-action";

type Props = {
  user: { id: string; login: string; role: UserRole; status: UserStatus };
  isSelf: boolean;
  /** Disables an enabled account, enables a disabled one. */
  toggleDisabled: FormAction<{ status: UserStatus }>;
  forceReset: FormAction<void>;
  changeRole: FormAction<{ role: UserRole }>;
};

/** Disable/enable, force a password reset and change role: each asks first, then says what happened. */
export function UserActions({ user, isSelf, toggleDisabled, forceReset, changeRole }: Props) {
  const isDisabled = user.status === "disabled";
  const [toggled, toggleAction, toggling] = useActionState(
    toggleDisabled,
    initialFormState as FormState<{ status: UserStatus }>,
  );
  const [reset, resetAction, resetting] = useActionState(
    forceReset,
    initialFormState as FormState<void>,
  );
  // Which one asks for confirmation, until its answer comes back.
  const [confirming, setConfirming] = useState<{ what: "disable" | "reset"; at: unknown } | null>(
    null,
  );
  const asks = (what: "disable" | "reset") =>
    confirming?.what === what && confirming.at === (what === "disable" ? toggled : reset);
  const [last, setLast] = useState<"toggle" | "reset" | null>(null);
  const answered = last === "reset" || (!last && reset.result) ? reset : toggled;
  const notice = !answered.result
    ? null
    : answered.result.ok
      ? {
          tone: "success" as const,
          text:
            answered === reset
              ? "The password was reset and a link to set a new one was emailed."
              : isDisabled
                ? "The account is disabled."
                : "The account is enabled.",
        }
      : {
          tone: "error" as const,
          text: failureOf(answered as FormState<unknown>)?.formError ?? "That did not work.",
        };

  const confirm = (what: "disable" | "reset", text: ReactNode, submit: string) => (
    <form
      action={what === "disable" ? toggleAction : resetAction}
      onSubmit={() => setLast(what === "disable" ? "toggle" : "reset")}
      role="group"
      aria-label={what === "disable" ? "Confirm disabling" : "Confirm password reset"}
      className="flex flex-col gap-3"
    >
      <p className="text-sm text-navy-900">{text}</p>
      <div className="flex gap-2">
        <SubmitButton variant="primary" pending={what === "disable" ? toggling : resetting}>
          {submit}
        </SubmitButton>
        <Button
          variant="ghost"
          disabled={toggling || resetting}
          onClick={() => setConfirming(null)}
        >
          Cancel
        </Button>
      </div>
    </form>
  );

  return (
    <div className="flex flex-col gap-6">
      <FormMessage message={notice?.text} tone={notice?.tone} />

      <section aria-labelledby="access-heading" className="flex flex-col gap-3">
        <h3 id="access-heading" className="font-semibold text-navy-900">
          Access
        </h3>
        {asks("disable") ? (
          confirm(
            "disable",
            `${user.login} will be signed out everywhere at once and can’t log in until the account is enabled again. Disable it?`,
            "Disable",
          )
        ) : isDisabled ? (
          <form action={toggleAction} onSubmit={() => setLast("toggle")} className="flex">
            <SubmitButton variant="secondary" pending={toggling}>
              Enable account
            </SubmitButton>
          </form>
        ) : (
          <Button
            variant="danger"
            className="self-start"
            disabled={isSelf}
            onClick={() => setConfirming({ what: "disable", at: toggled })}
          >
            Disable account
          </Button>
        )}

        {isDisabled ? null : asks("reset") ? (
          confirm(
            "reset",
            `The current password stops working, ${user.login} is signed out everywhere and gets an email with a link to set a new one. Continue?`,
            "Reset password",
          )
        ) : (
          <Button
            variant="secondary"
            className="self-start"
            onClick={() => setConfirming({ what: "reset", at: reset })}
          >
            Force password reset
          </Button>
        )}
      </section>

      {user.role !== "customer" && !isSelf ? (
        <RoleForm role={user.role} changeRole={changeRole} />
      ) : null}
    </div>
  );
}

const roleFormSchema = z.object({ role: staffRoleSchema });

function RoleForm({ role, changeRole }: { role: StaffRole; changeRole: Props["changeRole"] }) {
  const { state, formAction, onSubmit, formError, isPending, field } = useFormAction({
    schema: roleFormSchema,
    action: changeRole,
    defaultValues: { role },
  });
  return (
    <section aria-labelledby="role-heading" className="flex flex-col gap-3">
      <h3 id="role-heading" className="font-semibold text-navy-900">
        Role
      </h3>
      <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <FormMessage
          message={formError ?? (state.result?.ok ? "The role is changed." : null)}
          tone={formError ? "error" : "success"}
        />
        <SelectField
          label="Role"
          options={STAFF_ROLES.map((value) => ({ value, label: roleLabels[value] }))}
          {...field("role")}
        />
        <SubmitButton
          variant="secondary"
          className="self-start"
          pending={isPending}
          pendingLabel="Saving…"
        >
          Change role
        </SubmitButton>
      </form>
    </section>
  );
}
