"use client";

import { useTranslations } from "next-intl";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { Alert, FormMessage } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { FocusedStatus } from "@/components/ui/focused-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";
import { forgotPasswordAction } from "../actions";

const forgotPasswordSchema = () =>
  import("@/lib/accounts/schemas").then((m) => m.forgotPasswordSchema);

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const { state, formProps, formError, messageRef, isPending, field } = useCheckedForm({
    schema: forgotPasswordSchema,
    action: forgotPasswordAction,
    defaultValues: { email: "" },
  });

  if (state.result?.ok) {
    return (
      <FocusedStatus className="flex flex-col gap-4">
        <Alert tone="success" title={t("forgot.checkInbox")}>
          {t.rich("forgot.sent", {
            email: state.result.data.email,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </Alert>
        <p className="text-sm text-slate-600">
          {t.rich("forgot.noEmail", {
            link: (chunks) => <TextLink href="/forgot-password">{chunks}</TextLink>,
          })}
        </p>
      </FocusedStatus>
    );
  }

  return (
    <form {...formProps} className="flex flex-col gap-5">
      <FormMessage ref={messageRef} message={formError} />
      <Field
        label={t("forgot.emailLabel")}
        type="email"
        autoComplete="email"
        required
        hint={t("forgot.emailHint")}
        {...field("email")}
      />
      <SubmitButton size="lg" fullWidth pending={isPending}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
