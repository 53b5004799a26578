"use client";

import { useState, useTransition } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";
import { loginSchema } from "@/lib/accounts/schemas";
import { loginAction, resendConfirmationAction } from "../actions";

export function LoginForm() {
  const [unconfirmed, setUnconfirmed] = useState(false);
  const [resent, setResent] = useState<string | null>(null);
  const [resending, startResend] = useTransition();
  const { form, onSubmit, formError, setFormError, isPending, errorOf } = useActionForm({
    schema: loginSchema,
    action: loginAction,
    defaultValues: { login: "", password: "" },
    clearOnError: ["password"],
    onFailure: (result) => {
      setResent(null);
      setUnconfirmed(result.reason === "unconfirmed");
    },
  });

  const resendLink = () =>
    startResend(async () => {
      const result = await resendConfirmationAction({ login: form.getValues("login") });
      if (result.ok) {
        setFormError(null);
        setResent(
          "If the account still needs confirming, a new link is on its way. Check your inbox.",
        );
      } else {
        setFormError(result.formError ?? Object.values(result.fieldErrors ?? {})[0]?.[0] ?? null);
      }
    });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={resent ?? formError} tone={resent ? "success" : "error"} />
      {unconfirmed && !resent ? (
        <Button
          type="button"
          variant="secondary"
          onClick={resendLink}
          pending={resending}
          pendingLabel="Sending…"
        >
          Send a new confirmation link
        </Button>
      ) : null}
      <Field
        label="Login"
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        required
        error={errorOf("login")}
        {...form.register("login")}
      />
      <Field
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={errorOf("password")}
        labelAside={<TextLink href="/forgot-password">Forgot my password</TextLink>}
        {...form.register("password")}
      />
      <SubmitButton size="lg" fullWidth pending={isPending}>
        Submit
      </SubmitButton>
    </form>
  );
}
