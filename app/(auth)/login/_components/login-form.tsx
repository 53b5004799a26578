"use client";

import { useActionState, useState, type FormEvent } from "react";
import { failureOf, useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";
import { initialFormState, type FormState } from "@/lib/actions/form-action";
import { loginSchema } from "@/lib/accounts/schemas";
import { loginAction, resendConfirmationAction } from "../actions";

const RESENT = "If the account still needs confirming, a new link is on its way. Check your inbox.";

export function LoginForm() {
  const [resent, resendAction, resending] = useActionState(
    resendConfirmationAction,
    initialFormState as FormState,
  );
  const { form, state, formAction, onSubmit, formError, isPending, field } = useFormAction({
    schema: loginSchema,
    action: loginAction,
    defaultValues: { login: "", password: "" },
    typedElsewhere: resent.values,
    clearOnError: ["password"],
  });
  // Whichever button was pressed last decides what the form says; without JavaScript only the
  // one that posted has an answer.
  const [showResent, setShowResent] = useState(resent.result !== null);
  const resentAnswer = showResent ? resent.result : null;
  const resendFailure = resentAnswer ? failureOf(resent) : null;
  const message = resentAnswer?.ok
    ? RESENT
    : resendFailure
      ? (resendFailure.formError ?? Object.values(resendFailure.fieldErrors ?? {})[0]?.[0] ?? null)
      : formError;
  const submitLogin = (event: FormEvent<HTMLFormElement>) => {
    setShowResent(false);
    onSubmit(event);
  };
  const unconfirmed =
    failureOf(state)?.reason === "unconfirmed" && !(showResent && resent.result?.ok);

  // "Send a new confirmation link" is a form of its own, posting the typed login: a second
  // action in one form would not get its answer back without JavaScript.
  return (
    <div className="flex flex-col gap-5">
      <FormMessage message={message} tone={resentAnswer?.ok ? "success" : "error"} />
      {unconfirmed ? (
        <form action={resendAction} onSubmit={() => setShowResent(true)} className="flex flex-col">
          <input type="hidden" name="login" value={form.watch("login")} />
          <Button type="submit" variant="secondary" pending={resending} pendingLabel="Sending…">
            Send a new confirmation link
          </Button>
        </form>
      ) : null}
      <form action={formAction} onSubmit={submitLogin} noValidate className="flex flex-col gap-5">
        <Field
          label="Login"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          {...field("login")}
        />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          labelAside={<TextLink href="/forgot-password">Forgot my password</TextLink>}
          {...field("password")}
        />
        <SubmitButton size="lg" fullWidth pending={isPending}>
          Submit
        </SubmitButton>
      </form>
    </div>
  );
}
