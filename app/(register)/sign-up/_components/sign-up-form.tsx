"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { PasswordStrength } from "@/components/forms/password-strength";
import { Alert, FormMessage } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { FocusedStatus } from "@/components/ui/focused-status";
import { LinkButton } from "@/components/ui/link-button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { SignUpInput } from "@/lib/accounts/schemas";
import { signUpAction } from "../actions";

const signUpFormSchema = () => import("@/lib/accounts/schemas").then((m) => m.signUpFormSchema);

const emptyForm: SignUpInput = {
  firstName: "",
  lastName: "",
  email: "",
  phone: "",
  company: "",
  jobTitle: "",
  login: "",
  password: "",
  confirmPassword: "",
  contractNumber: "",
  activationCode: "",
};

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="flex flex-col gap-4 border-t border-slate-200 pt-5 first-of-type:border-t-0 first-of-type:pt-0">
      <legend className="float-left mb-1 w-full">
        <span className="block text-base font-semibold text-navy-900">{title}</span>
        {description ? (
          <span className="mt-0.5 block text-sm font-normal text-slate-600">{description}</span>
        ) : null}
      </legend>
      {children}
    </fieldset>
  );
}

export function SignUpForm() {
  const t = useTranslations("auth");
  const { state, formProps, formError, messageRef, isPending, values, field } = useCheckedForm({
    schema: signUpFormSchema,
    action: signUpAction,
    defaultValues: emptyForm,
    clearOnError: ["password", "confirmPassword"],
  });

  if (state.result?.ok) {
    return (
      <FocusedStatus className="flex flex-col gap-4">
        <Alert tone="success" title={t("signUp.checkInbox")}>
          {t.rich("signUp.sent", {
            email: state.result.data.email,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </Alert>
        <LinkButton href="/login" variant="secondary">
          {t("signUp.goToLogIn")}
        </LinkButton>
      </FocusedStatus>
    );
  }

  const { login, email, firstName, lastName } = values;

  return (
    <form {...formProps} className="flex flex-col gap-6">
      <FormMessage ref={messageRef} message={formError} />
      <Section title={t("signUp.contactDetails")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label={t("signUp.firstName")}
            autoComplete="given-name"
            required
            {...field("firstName")}
          />
          <Field
            label={t("signUp.lastName")}
            autoComplete="family-name"
            required
            {...field("lastName")}
          />
          <Field
            label={t("signUp.email")}
            type="email"
            autoComplete="email"
            required
            {...field("email")}
          />
          <Field
            label={t("signUp.phone")}
            type="tel"
            autoComplete="tel"
            required
            {...field("phone")}
          />
          <Field
            label={t("signUp.company")}
            autoComplete="organization"
            required
            {...field("company")}
          />
          <Field
            label={t("signUp.jobTitle")}
            autoComplete="organization-title"
            optional
            {...field("jobTitle")}
          />
        </div>
      </Section>
      <Section title={t("signUp.account")}>
        <Field
          label={t("signUp.login")}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          hint={t("signUp.loginHint")}
          {...field("login")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-2">
            <Field
              label={t("signUp.password")}
              type="password"
              autoComplete="new-password"
              required
              hint={t("signUp.passwordHint")}
              {...field("password")}
            />
            <PasswordStrength
              password={values.password}
              context={{ login, email, names: [firstName, lastName] }}
            />
          </div>
          <Field
            label={t("signUp.confirmPassword")}
            type="password"
            autoComplete="new-password"
            required
            {...field("confirmPassword")}
          />
        </div>
      </Section>
      <Section title={t("signUp.contract")} description={t("signUp.contractDescription")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label={t("signUp.contractNumber")}
            autoComplete="off"
            spellCheck={false}
            required
            {...field("contractNumber")}
          />
          <Field
            label={t("signUp.contractKey")}
            hint={t("signUp.contractKeyHint")}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            {...field("activationCode")}
          />
        </div>
      </Section>
      <SubmitButton size="lg" pending={isPending} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
