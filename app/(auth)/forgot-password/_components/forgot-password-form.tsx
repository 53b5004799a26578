"use client";

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
  const { state, formProps, formError, messageRef, isPending, field } = useCheckedForm({
    schema: forgotPasswordSchema,
    action: forgotPasswordAction,
    defaultValues: { email: "" },
  });

  if (state.result?.ok) {
    return (
      <FocusedStatus className="flex flex-col gap-4">
        <Alert tone="success" title="Check your inbox">
          If an account uses <strong>{state.result.data.email}</strong>, we have sent it an email
          with a password reset link. The link is valid for 30 minutes.
        </Alert>
        <p className="text-sm text-slate-600">
          No email after a few minutes? Check the spam folder, or{" "}
          <TextLink href="/forgot-password">try again</TextLink>.
        </p>
      </FocusedStatus>
    );
  }

  return (
    <form {...formProps} className="flex flex-col gap-5">
      <FormMessage ref={messageRef} message={formError} />
      <Field
        label="Email address"
        type="email"
        autoComplete="email"
        required
        hint="Migrated from CLICO TAC? Use the email address of your tac.clico.pl account."
        {...field("email")}
      />
      <SubmitButton size="lg" fullWidth pending={isPending}>
        Submit
      </SubmitButton>
    </form>
  );
}
