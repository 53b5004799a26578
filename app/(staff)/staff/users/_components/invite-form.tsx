"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Alert, FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { LinkButton } from "@/components/ui/link-button";
import { SubmitButton } from "@/components/ui/submit-button";
import { inviteStaffSchema, STAFF_ROLES, type InviteStaffFormValues } from "@/lib/admin/schemas";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

const emptyIn = (locale: InviteStaffFormValues["locale"]): InviteStaffFormValues => ({
  email: "",
  login: "",
  firstName: "",
  lastName: "",
  role: "" as InviteStaffFormValues["role"],
  locale,
});

/** Invites one staff member; on success says where the link went and offers another invite. */
export function InviteForm({ action }: { action: FormAction<{ userId: string; email: string }> }) {
  const t = useTranslations("admin.users.invite");
  const enums = useTranslations("enums");
  // the admin's own language to start with: a colleague is most often invited in it
  const empty = emptyIn(useLocale());
  const { state, formAction, onSubmit, formError, isPending, field } = useFormAction({
    schema: inviteStaffSchema,
    action,
    defaultValues: empty,
    onSuccess: (_data, form) => form.reset(empty),
  });
  const [dismissed, setDismissed] = useState<unknown>(null);
  const sent = state.result?.ok && dismissed !== state ? state.result.data : null;

  if (sent) {
    return (
      <div className="flex flex-col gap-4">
        <div aria-live="polite">
          <Alert tone="success" title={t("sentTitle")}>
            {t("sentBody", { email: sent.email })}
          </Alert>
        </div>
        <div className="flex flex-wrap gap-2">
          <LinkButton href={`/staff/users/${sent.userId}`}>{t("openAccount")}</LinkButton>
          <Button variant="ghost" onClick={() => setDismissed(state)}>
            {t("inviteAnother")}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formError} />
      <Field label={t("email")} type="email" autoComplete="off" {...field("email")} />
      <Field label={t("login")} hint={t("loginHint")} autoComplete="off" {...field("login")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("firstName")} {...field("firstName")} />
        <Field label={t("lastName")} {...field("lastName")} />
      </div>
      <SelectField
        label={t("role")}
        placeholder={t("choose")}
        options={STAFF_ROLES.map((value) => ({ value, label: enums(`role.${value}`) }))}
        {...field("role")}
      />
      <SelectField
        label={t("language")}
        hint={t("languageHint")}
        options={LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }))}
        {...field("locale")}
      />
      <div className="flex gap-2">
        <SubmitButton variant="primary" pending={isPending} pendingLabel={t("sending")}>
          {t("send")}
        </SubmitButton>
        <LinkButton href="/staff/users" variant="ghost">
          {t("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
