"use client";

import { useEffect, useState, useTransition } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { verificationCodeSchema } from "@/lib/accounts/schemas";
import { resendCodeAction, verifyCodeAction } from "../../actions";

const COOLDOWN_SECONDS = 60;

export function VerifyCodeForm() {
  const [notice, setNotice] = useState<string | null>(null);
  const [cooldown, setCooldown] = useState(COOLDOWN_SECONDS);
  const [resending, startResend] = useTransition();
  const { form, onSubmit, formError, setFormError, isPending, errorOf } = useActionForm({
    schema: verificationCodeSchema,
    action: verifyCodeAction,
    defaultValues: { code: "" },
    onFailure: () => setNotice(null),
  });

  useEffect(() => {
    if (cooldown <= 0) return;
    const timer = setTimeout(() => setCooldown((seconds) => seconds - 1), 1000);
    return () => clearTimeout(timer);
  }, [cooldown]);

  const resend = () =>
    startResend(async () => {
      const result = await resendCodeAction();
      if (result.ok) {
        form.reset({ code: "" });
        setFormError(null);
        setNotice("We sent a new code. Codes from earlier emails no longer work.");
        setCooldown(COOLDOWN_SECONDS);
      } else {
        setNotice(null);
        setFormError(result.formError ?? Object.values(result.fieldErrors ?? {})[0]?.[0] ?? null);
      }
    });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={notice ?? formError} tone={notice ? "success" : "error"} />
      <Field
        label="Verification code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={6}
        required
        autoFocus
        inputClassName="font-mono text-lg tracking-[0.4em]"
        hint="6 digits, valid for 10 minutes."
        error={errorOf("code")}
        {...form.register("code")}
      />
      <SubmitButton size="lg" fullWidth pending={isPending}>
        Submit
      </SubmitButton>
      <Button
        type="button"
        variant="secondary"
        onClick={resend}
        disabled={cooldown > 0}
        pending={resending}
        pendingLabel="Sending a new code…"
      >
        {cooldown > 0 ? `Resend code (${cooldown} s)` : "Resend code"}
      </Button>
    </form>
  );
}
