"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState, type FormEvent } from "react";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { useResendAnswer } from "@/components/forms/use-resend-answer";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import { initialFormState, type FormState } from "@/lib/actions/form-action";
import { resendCodeAction, verifyCodeAction } from "../../actions";

const codeSchema = () => import("@/lib/accounts/schemas").then((m) => m.verificationCodeSchema);

const COOLDOWN_SECONDS = 60;

/** `returnTo`: the page to land on after the code (checked by the action again). */
export function VerifyCodeForm({ returnTo }: { returnTo?: string }) {
  const t = useTranslations("auth");
  const [resent, resendAction, resending] = useActionState(
    resendCodeAction,
    initialFormState as FormState,
  );
  const { formProps, formError, messageRef, isPending, field, reset } = useCheckedForm({
    schema: codeSchema,
    action: verifyCodeAction,
    defaultValues: { code: "" },
  });
  const isHydrated = useIsHydrated();
  const [cooldown, setCooldown] = useState(COOLDOWN_SECONDS);
  const answer = useResendAnswer(resent, t("verify.resent"), formError, messageRef);

  useEffect(() => {
    if (cooldown <= 0) return;
    const timer = setTimeout(() => setCooldown((seconds) => seconds - 1), 1000);
    return () => clearTimeout(timer);
  }, [cooldown]);

  // a new code makes the typed one useless
  useEffect(() => {
    if (resent.result?.ok) reset({ code: "" });
    // reset only touches the form
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resent]);

  const submitCode = (event: FormEvent<HTMLFormElement>) => {
    answer.onSubmit();
    formProps.onSubmit(event);
  };
  // The countdown needs JavaScript; without it the server's once-a-minute limit answers.
  const coolingDown = isHydrated && cooldown > 0;

  // "Resend code" is a form of its own: a second action in one form would not get its answer
  // back without JavaScript.
  return (
    <div className="flex flex-col gap-5">
      <form {...formProps} onSubmit={submitCode} className="flex flex-col gap-5">
        <FormMessage
          ref={messageRef}
          message={answer.message}
          tone={answer.isSent ? "success" : "error"}
        />
        {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
        <Field
          label={t("verify.codeLabel")}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          maxLength={6}
          required
          autoFocus
          inputClassName="font-mono text-lg tracking-[0.4em]"
          hint={t("verify.codeHint")}
          {...field("code")}
        />
        <SubmitButton size="lg" fullWidth pending={isPending}>
          {t("submit")}
        </SubmitButton>
      </form>
      <form
        action={resendAction}
        onSubmit={() => {
          answer.onResend();
          setCooldown(COOLDOWN_SECONDS);
        }}
        className="flex flex-col"
      >
        <Button
          type="submit"
          variant="secondary"
          disabled={coolingDown}
          pending={resending}
          pendingLabel={t("verify.resending")}
        >
          {coolingDown ? t("verify.resendIn", { seconds: cooldown }) : t("verify.resend")}
        </Button>
      </form>
    </div>
  );
}
