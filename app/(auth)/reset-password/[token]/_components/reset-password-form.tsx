"use client";

import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { PasswordStrength } from "@/components/forms/password-strength";
import { resetPasswordFormSchema } from "@/lib/accounts/schemas";

/** `action` has the link's token bound. */
export function ResetPasswordForm({ action }: { action: FormAction<void> }) {
  const { form, formAction, onSubmit, formError, isPending, field } = useFormAction({
    schema: resetPasswordFormSchema,
    action,
    defaultValues: { password: "", confirmPassword: "" },
    clearOnError: ["password", "confirmPassword"],
  });

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={formError} />
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
