"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { PasswordStrength } from "@/components/forms/password-strength";
import { resetPasswordSchema } from "@/lib/accounts/schemas";
import { resetPasswordAction } from "../actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const { form, formAction, onSubmit, formError, isPending, field } = useFormAction({
    schema: resetPasswordSchema,
    action: resetPasswordAction,
    defaultValues: { password: "", confirmPassword: "" },
    clearOnError: ["password", "confirmPassword"],
  });

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={formError} />
      <input type="hidden" name="token" value={token} />
      <div className="flex flex-col gap-2">
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 12 characters. A few unrelated words make a strong password."
          {...field("password")}
        />
        <PasswordStrength password={form.watch("password")} />
      </div>
      <Field
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        required
        {...field("confirmPassword")}
      />
      <SubmitButton size="lg" fullWidth pending={isPending}>
        Submit
      </SubmitButton>
    </form>
  );
}
