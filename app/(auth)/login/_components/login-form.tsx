"use client";

import { useTranslations } from "next-intl";
import { useActionState, type FormEvent } from "react";
import { failureOf } from "@/components/forms/form-state";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { useResendAnswer } from "@/components/forms/use-resend-answer";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";
import { initialFormState, type FormState } from "@/lib/actions/form-action";
import { loginAction, resendConfirmationAction } from "../actions";

const loginSchema = () => import("@/lib/accounts/schemas").then((m) => m.loginSchema);

/** `returnTo`: the page to land on after the code (checked by the actions again). */
export function LoginForm({ returnTo }: { returnTo?: string }) {
  const t = useTranslations("auth");
  const [resent, resendAction, resending] = useActionState(
    resendConfirmationAction,
    initialFormState as FormState,
  );
  const { state, formProps, formError, messageRef, isPending, values, field } = useCheckedForm({
    schema: loginSchema,
    action: loginAction,
    defaultValues: { login: "", password: "" },
    typedElsewhere: resent.values,
    clearOnError: ["password"],
    clearOnReasons: ["wrong_credentials"],
  });
  const answer = useResendAnswer(resent, t("login.resent"), formError, messageRef);
  const submitLogin = (event: FormEvent<HTMLFormElement>) => {
    answer.onSubmit();
    formProps.onSubmit(event);
  };
  const unconfirmed = failureOf(state)?.reason === "unconfirmed" && !answer.isSent;

  // "Send a new confirmation link" is a form of its own, posting the typed login: a second
  // action in one form would not get its answer back without JavaScript.
  return (
    <div className="flex flex-col gap-5">
      <FormMessage
        ref={messageRef}
        message={answer.message}
        tone={answer.isSent ? "success" : "error"}
      />
      {unconfirmed ? (
        <form action={resendAction} onSubmit={answer.onResend} className="flex flex-col">
          <input type="hidden" name="login" value={values.login} />
          <Button
            type="submit"
            variant="secondary"
            pending={resending}
            pendingLabel={t("login.sending")}
          >
            {t("login.resendConfirmation")}
          </Button>
        </form>
      ) : null}
      <form {...formProps} onSubmit={submitLogin} className="flex flex-col gap-5">
        {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
        <Field
          label={t("login.loginLabel")}
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          {...field("login")}
        />
        <Field
          label={t("login.passwordLabel")}
          type="password"
          autoComplete="current-password"
          required
          labelAside={<TextLink href="/forgot-password">{t("login.forgotPassword")}</TextLink>}
          {...field("password")}
        />
        <SubmitButton size="lg" fullWidth pending={isPending}>
          {t("submit")}
        </SubmitButton>
      </form>
    </div>
  );
}
