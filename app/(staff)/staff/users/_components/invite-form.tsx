"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { LinkButton } from "@/components/ui/link-button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/action-result";
import {
  inviteStaffSchema,
  STAFF_ROLES,
  type InviteStaffFormValues,
  type InviteStaffInput,
} from "@/lib/admin/schemas";
import { roleLabels } from "@/lib/auth/roles";
import { NeedsJavaScript } from "@/components/ui/needs-javascript";

const empty: InviteStaffFormValues = {
  email: "",
  login: "",
  firstName: "",
  lastName: "",
  role: "" as InviteStaffFormValues["role"],
};

/** Invites one staff member; on success says where the link went and offers another invite. */
export function InviteForm({
  action,
}: {
  action: (values: InviteStaffInput) => Promise<ActionResult<{ userId: string; email: string }>>;
}) {
  const [sent, setSent] = useState<{ userId: string; email: string } | null>(null);
  const { form, onSubmit, formError, isPending, errorOf } = useActionForm({
    schema: inviteStaffSchema,
    action,
    defaultValues: empty,
    onSuccess: (data) => {
      setSent(data);
      form.reset(empty);
    },
  });

  if (sent) {
    return (
      <div className="flex flex-col gap-4">
        <div aria-live="polite">
          <Alert tone="success" title="Invitation sent">
            We emailed a link to set a password to {sent.email}.
          </Alert>
        </div>
        <div className="flex flex-wrap gap-2">
          <LinkButton href={`/staff/users/${sent.userId}`}>Open the account</LinkButton>
          <Button variant="ghost" onClick={() => setSent(null)}>
            Invite another
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formError} />
      <Field
        label="Email"
        type="email"
        autoComplete="off"
        error={errorOf("email")}
        {...form.register("email")}
      />
      <Field
        label="Login"
        hint="3–64 characters: letters, digits, dot, underscore, hyphen."
        autoComplete="off"
        error={errorOf("login")}
        {...form.register("login")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="First name" error={errorOf("firstName")} {...form.register("firstName")} />
        <Field label="Last name" error={errorOf("lastName")} {...form.register("lastName")} />
      </div>
      <SelectField
        label="Role"
        placeholder="Choose…"
        options={STAFF_ROLES.map((value) => ({ value, label: roleLabels[value] }))}
        error={errorOf("role")}
        {...form.register("role")}
      />
      <div className="flex gap-2">
        <SubmitButton variant="primary" pending={isPending} pendingLabel="Sending invitation…">
          Send invitation
        </SubmitButton>
        <NeedsJavaScript />
        <LinkButton href="/staff/users" variant="ghost">
          Cancel
        </LinkButton>
      </div>
    </form>
  );
}
