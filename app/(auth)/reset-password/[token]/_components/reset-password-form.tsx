"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, FormMessage } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { LinkButton } from "@/components/ui/link-button";
import { SubmitButton } from "@/components/ui/submit-button";
import { PasswordStrength } from "@/components/forms/password-strength";
import { resetPasswordSchema } from "@/lib/accounts/schemas";
import { resetPasswordAction } from "../actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [changed, setChanged] = useState(false);
  const { form, onSubmit, formError, isPending, errorOf } = useActionForm({
    schema: resetPasswordSchema,
    action: resetPasswordAction.bind(null, token),
    defaultValues: { password: "", confirmPassword: "" },
    onSuccess: () => setChanged(true),
  });

  if (changed) {
    return (
      <div className="flex flex-col gap-4" role="status">
        <Alert tone="success" title="Password has been changed">
          You can now log in with your new password. For your safety, every other session of your
          account has been signed out.
        </Alert>
        <LinkButton href="/login" size="lg">
          Log in
        </LinkButton>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={formError} />
      <div className="flex flex-col gap-2">
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 12 characters. A few unrelated words make a strong password."
          error={errorOf("password")}
          {...form.register("password")}
        />
        <PasswordStrength password={form.watch("password")} />
      </div>
      <Field
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        required
        error={errorOf("confirmPassword")}
        {...form.register("confirmPassword")}
      />
      <SubmitButton size="lg" fullWidth pending={isPending}>
        Submit
      </SubmitButton>
    </form>
  );
}
