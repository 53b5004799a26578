"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type ReactNode } from "react";
import { z } from "zod";
import type { UserRole, UserStatus } from "@/lib/enums";
import { failureOf, useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { STAFF_ROLES, staffRoleSchema, type StaffRole } from "@/lib/admin/schemas";
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
  const t = useTranslations("admin.users.actions");
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
          text: answered === reset ? t("resetDone") : isDisabled ? t("disabled") : t("enabled"),
        }
      : {
          tone: "error" as const,
          text: failureOf(answered as FormState<unknown>)?.formError ?? t("failed"),
        };

  const confirm = (what: "disable" | "reset", text: ReactNode, submit: string) => (
    <form
      action={what === "disable" ? toggleAction : resetAction}
      onSubmit={() => setLast(what === "disable" ? "toggle" : "reset")}
      role="group"
      aria-label={what === "disable" ? t("confirmDisabling") : t("confirmReset")}
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
          {t("cancel")}
        </Button>
      </div>
    </form>
  );

  return (
    <div className="flex flex-col gap-6">
      <FormMessage message={notice?.text} tone={notice?.tone} />

      <section aria-labelledby="access-heading" className="flex flex-col gap-3">
        <h3 id="access-heading" className="font-semibold text-navy-900">
          {t("access")}
        </h3>
        {asks("disable") ? (
          confirm("disable", t("disableText", { login: user.login }), t("disable"))
        ) : isDisabled ? (
          <form action={toggleAction} onSubmit={() => setLast("toggle")} className="flex">
            <SubmitButton variant="secondary" pending={toggling}>
              {t("enable")}
            </SubmitButton>
          </form>
        ) : (
          <Button
            variant="danger"
            className="self-start"
            disabled={isSelf}
            onClick={() => setConfirming({ what: "disable", at: toggled })}
          >
            {t("disableAccount")}
          </Button>
        )}

        {isDisabled ? null : asks("reset") ? (
          confirm("reset", t("resetText", { login: user.login }), t("resetPassword"))
        ) : (
          <Button
            variant="secondary"
            className="self-start"
            onClick={() => setConfirming({ what: "reset", at: reset })}
          >
            {t("forceReset")}
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
  const t = useTranslations("admin.users.actions");
  const enums = useTranslations("enums");
  const { state, formAction, onSubmit, formError, isPending, field } = useFormAction({
    schema: roleFormSchema,
    action: changeRole,
    defaultValues: { role },
  });
  return (
    <section aria-labelledby="role-heading" className="flex flex-col gap-3">
      <h3 id="role-heading" className="font-semibold text-navy-900">
        {t("role")}
      </h3>
      <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <FormMessage
          message={formError ?? (state.result?.ok ? t("roleChanged") : null)}
          tone={formError ? "error" : "success"}
        />
        <SelectField
          label={t("role")}
          options={STAFF_ROLES.map((value) => ({ value, label: enums(`role.${value}`) }))}
          {...field("role")}
        />
        <SubmitButton
          variant="secondary"
          className="self-start"
          pending={isPending}
          pendingLabel={t("saving")}
        >
          {t("changeRole")}
        </SubmitButton>
      </form>
    </section>
  );
}
