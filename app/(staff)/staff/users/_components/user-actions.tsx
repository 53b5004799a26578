"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { z } from "zod";
import type { UserRole, UserStatus } from "@/lib/enums";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/action-result";
import { STAFF_ROLES, staffRoleSchema, type StaffRole } from "@/lib/admin/schemas";
import { roleLabels } from "@/lib/auth/roles";
import { NeedsJavaScript } from "@/components/ui/needs-javascript";

type Props = {
  user: { id: string; login: string; role: UserRole; status: UserStatus };
  isSelf: boolean;
  setDisabled: (disabled: boolean) => Promise<ActionResult<{ status: UserStatus }>>;
  forceReset: () => Promise<ActionResult<void>>;
  changeRole: (values: { role: StaffRole }) => Promise<ActionResult<{ role: UserRole }>>;
};

/** Disable/enable, force a password reset and change role: each asks first, then says what happened. */
export function UserActions({ user, isSelf, setDisabled, forceReset, changeRole }: Props) {
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [confirming, setConfirming] = useState<"disable" | "reset" | null>(null);
  const [isPending, startTransition] = useTransition();
  const isDisabled = user.status === "disabled";

  const run = <T,>(work: () => Promise<ActionResult<T>>, done: string) =>
    startTransition(async () => {
      setNotice(null);
      const result = await work();
      setConfirming(null);
      if (result.ok) {
        setNotice({ tone: "success", text: done });
        router.refresh();
      } else {
        setNotice({ tone: "error", text: result.formError ?? "That did not work. Try again." });
      }
    });

  return (
    <div className="flex flex-col gap-6">
      <FormMessage message={notice?.text} tone={notice?.tone} />

      <section aria-labelledby="access-heading" className="flex flex-col gap-3">
        <h3 id="access-heading" className="font-semibold text-navy-900">
          Access
        </h3>
        {confirming === "disable" ? (
          <div role="group" aria-label="Confirm disabling" className="flex flex-col gap-3">
            <p className="text-sm text-navy-900">
              {user.login} will be signed out everywhere at once and can’t log in until the account
              is enabled again. Disable it?
            </p>
            <div className="flex gap-2">
              <Button
                variant="primary"
                pending={isPending}
                onClick={() => run(() => setDisabled(true), "The account is disabled.")}
              >
                Disable
              </Button>
              <Button variant="ghost" disabled={isPending} onClick={() => setConfirming(null)}>
                Cancel
              </Button>
            </div>
          </div>
        ) : isDisabled ? (
          <Button
            variant="secondary"
            className="self-start"
            pending={isPending}
            onClick={() => run(() => setDisabled(false), "The account is enabled.")}
          >
            Enable account
          </Button>
        ) : (
          <Button
            variant="danger"
            className="self-start"
            disabled={isSelf}
            onClick={() => setConfirming("disable")}
          >
            Disable account
          </Button>
        )}

        {isDisabled ? null : confirming === "reset" ? (
          <div role="group" aria-label="Confirm password reset" className="flex flex-col gap-3">
            <p className="text-sm text-navy-900">
              The current password stops working, {user.login} is signed out everywhere and gets an
              email with a link to set a new one. Continue?
            </p>
            <div className="flex gap-2">
              <Button
                variant="primary"
                pending={isPending}
                onClick={() =>
                  run(forceReset, "The password was reset and a link to set a new one was emailed.")
                }
              >
                Reset password
              </Button>
              <Button variant="ghost" disabled={isPending} onClick={() => setConfirming(null)}>
                Cancel
              </Button>
            </div>
          </div>
        ) : (
          <Button variant="secondary" className="self-start" onClick={() => setConfirming("reset")}>
            Force password reset
          </Button>
        )}
      </section>

      {user.role !== "customer" && !isSelf ? (
        <RoleForm role={user.role} changeRole={changeRole} onChanged={() => router.refresh()} />
      ) : null}
    </div>
  );
}

const roleFormSchema = z.object({ role: staffRoleSchema });

function RoleForm({
  role,
  changeRole,
  onChanged,
}: {
  role: StaffRole;
  changeRole: Props["changeRole"];
  onChanged: () => void;
}) {
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, isPending, errorOf } = useActionForm({
    schema: roleFormSchema,
    action: changeRole,
    defaultValues: { role },
    onSuccess: () => {
      setSaved(true);
      onChanged();
    },
  });
  return (
    <section aria-labelledby="role-heading" className="flex flex-col gap-3">
      <h3 id="role-heading" className="font-semibold text-navy-900">
        Role
      </h3>
      <form
        method="post"
        onSubmit={(event) => {
          setSaved(false);
          return onSubmit(event);
        }}
        noValidate
        className="flex flex-col gap-3"
      >
        <FormMessage
          message={formError ?? (saved ? "The role is changed." : null)}
          tone={formError ? "error" : "success"}
        />
        <SelectField
          label="Role"
          options={STAFF_ROLES.map((value) => ({ value, label: roleLabels[value] }))}
          error={errorOf("role")}
          {...form.register("role")}
        />
        <SubmitButton
          variant="secondary"
          className="self-start"
          pending={isPending}
          pendingLabel="Saving…"
        >
          Change role
        </SubmitButton>
        <NeedsJavaScript />
      </form>
    </section>
  );
}
