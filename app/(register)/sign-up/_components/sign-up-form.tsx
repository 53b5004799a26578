"use client";

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
  const { state, formProps, formError, messageRef, isPending, values, field } = useCheckedForm({
    schema: signUpFormSchema,
    action: signUpAction,
    defaultValues: emptyForm,
    clearOnError: ["password", "confirmPassword"],
  });

  if (state.result?.ok) {
    return (
      <FocusedStatus className="flex flex-col gap-4">
        <Alert tone="success" title="Check your inbox">
          We sent an email to <strong>{state.result.data.email}</strong>. Open the confirmation link
          in it to confirm your email address; your contract is then active on your account and you
          can log in.
        </Alert>
        <LinkButton href="/login" variant="secondary">
          Go to log in
        </LinkButton>
      </FocusedStatus>
    );
  }

  const { login, email, firstName, lastName } = values;

  return (
    <form {...formProps} className="flex flex-col gap-6">
      <FormMessage ref={messageRef} message={formError} />
      <Section title="Contact details">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="First name" autoComplete="given-name" required {...field("firstName")} />
          <Field label="Last name" autoComplete="family-name" required {...field("lastName")} />
          <Field label="Email" type="email" autoComplete="email" required {...field("email")} />
          <Field label="Phone" type="tel" autoComplete="tel" required {...field("phone")} />
          <Field label="Company" autoComplete="organization" required {...field("company")} />
          <Field
            label="Job title"
            autoComplete="organization-title"
            optional
            {...field("jobTitle")}
          />
        </div>
      </Section>
      <Section title="Account">
        <Field
          label="Login"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          hint="3–64 characters: letters, digits, dot, underscore or hyphen."
          {...field("login")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-2">
            <Field
              label="Password"
              type="password"
              autoComplete="new-password"
              required
              hint="At least 12 characters."
              {...field("password")}
            />
            <PasswordStrength
              password={values.password}
              context={{ login, email, names: [firstName, lastName] }}
            />
          </div>
          <Field
            label="Confirm password"
            type="password"
            autoComplete="new-password"
            required
            {...field("confirmPassword")}
          />
        </div>
      </Section>
      <Section
        title="Support contract"
        description="Both are on the contract document from the CLICO Orders Team."
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Contract number"
            autoComplete="off"
            spellCheck={false}
            required
            {...field("contractNumber")}
          />
          <Field
            label="Activation code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            {...field("activationCode")}
          />
        </div>
      </Section>
      <SubmitButton size="lg" pending={isPending} className="self-start">
        Submit
      </SubmitButton>
    </form>
  );
}
