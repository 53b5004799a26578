"use client";

import { useActionState, type FormEvent } from "react";
import { failureOf, useFormAction } from "@/components/forms/use-form-action";
import { useResendAnswer } from "@/components/forms/use-resend-answer";
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
  const answer = useResendAnswer(resent, RESENT, formError);
  const submitLogin = (event: FormEvent<HTMLFormElement>) => {
    answer.onSubmit();
    onSubmit(event);
  };
  const unconfirmed = failureOf(state)?.reason === "unconfirmed" && !answer.isSent;

  // "Send a new confirmation link" is a form of its own, posting the typed login: a second
  // action in one form would not get its answer back without JavaScript.
  return (
    <div className="flex flex-col gap-5">
      <FormMessage message={answer.message} tone={answer.isSent ? "success" : "error"} />
      {unconfirmed ? (
        <form action={resendAction} onSubmit={answer.onResend} className="flex flex-col">
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
