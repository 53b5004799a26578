"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/components/forms/form-state";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { FormMessage } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { PasswordStrength } from "@/components/forms/password-strength";

const resetPasswordFormSchema = () =>
  import("@/lib/accounts/schemas").then((m) => m.resetPasswordFormSchema);

/** `action` has the link's token bound. */
export function ResetPasswordForm({ action }: { action: FormAction<void> }) {
  const t = useTranslations("auth");
  const { formProps, formError, messageRef, isPending, values, field } = useCheckedForm({
    schema: resetPasswordFormSchema,
    action,
    defaultValues: { password: "", confirmPassword: "" },
    clearOnError: ["password", "confirmPassword"],
  });

  return (
    <form {...formProps} className="flex flex-col gap-5">
      <FormMessage ref={messageRef} message={formError} />
      <div className="flex flex-col gap-2">
        <Field
          label={t("reset.newPassword")}
          type="password"
          autoComplete="new-password"
          required
          hint={t("reset.newPasswordHint")}
          {...field("password")}
        />
        <PasswordStrength password={values.password ?? ""} />
      </div>
      <Field
        label={t("reset.confirmPassword")}
        type="password"
        autoComplete="new-password"
        required
        {...field("confirmPassword")}
      />
      <SubmitButton size="lg" fullWidth pending={isPending}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
