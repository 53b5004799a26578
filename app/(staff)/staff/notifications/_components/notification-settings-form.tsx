"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { useMessageText } from "@/components/i18n/use-message-text";
import type { FormAction } from "@/components/forms/form-state";
import { failureOf } from "@/components/forms/form-state";
import { FormMessage } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-action";
import type { NotificationSettings } from "@/lib/notifications/settings";

/** The settings' checkboxes; their words are desk.notifications.settings.choices.<name>. */
const CHOICES = ["newTicket", "customerReply", "assigned", "slaRisk"] as const;

const checkbox = "mt-0.5 size-4 shrink-0 rounded border-slate-400 text-navy-700";

/** "Notification settings": what an engineer is told about, by which manufacturers, by email or not. */
export function NotificationSettingsForm({
  action,
  settings,
  vendors,
}: {
  action: FormAction<{ saved: boolean }>;
  settings: NotificationSettings;
  vendors: Array<{ id: string; name: string }>;
}) {
  const t = useTranslations("desk.notifications.settings");
  const text = useMessageText();
  const [state, formAction, isPending] = useActionState(
    action,
    initialFormState as FormState<{ saved: boolean }>,
  );
  const failure = failureOf(state);
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.result) message.current?.focus();
  }, [state]);
  const vendorError = failure?.fieldErrors?.newTicketVendors?.[0];

  return (
    <form action={formAction} className="flex flex-col gap-6">
      <div ref={message} tabIndex={-1} className="outline-none">
        <FormMessage
          tone={failure ? "error" : "success"}
          message={failure ? (failure.formError ?? t("correct")) : state.result ? t("saved") : null}
        />
      </div>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-base font-semibold text-navy-900">{t("tellMe")}</legend>
        {CHOICES.map((name) => (
          <div key={name} className="flex gap-3">
            <input
              type="checkbox"
              id={`notify-${name}`}
              name={name}
              value="true"
              defaultChecked={settings[name]}
              aria-describedby={`notify-${name}-hint`}
              className={checkbox}
            />
            <div className="flex flex-col">
              <label htmlFor={`notify-${name}`} className="text-sm font-medium text-navy-900">
                {t(`choices.${name}.label`)}
              </label>
              <p id={`notify-${name}-hint`} className="text-sm text-slate-600">
                {t(`choices.${name}.hint`)}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={vendorError ? "vendors-error" : "vendors-hint"}
      >
        <legend className="mb-1 text-base font-semibold text-navy-900">{t("vendors")}</legend>
        <p id="vendors-hint" className="text-sm text-slate-600">
          {t("vendorsHint")}
        </p>
        {vendorError ? (
          <p id="vendors-error" className="text-sm font-medium text-brand-700">
            {text(vendorError)}
          </p>
        ) : null}
        <div className="grid gap-2 sm:grid-cols-2">
          {vendors.map((vendor) => (
            <label key={vendor.id} className="flex items-center gap-3 text-sm text-navy-900">
              <input
                type="checkbox"
                name="newTicketVendors"
                value={vendor.id}
                defaultChecked={settings.newTicketVendors.includes(vendor.id)}
                className={checkbox}
              />
              {vendor.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-base font-semibold text-navy-900">{t("email")}</legend>
        <div className="flex gap-3">
          <input
            type="checkbox"
            id="notify-email"
            name="email"
            value="true"
            defaultChecked={settings.email}
            aria-describedby="notify-email-hint"
            className={checkbox}
          />
          <div className="flex flex-col">
            <label htmlFor="notify-email" className="text-sm font-medium text-navy-900">
              {t("emailLabel")}
            </label>
            <p id="notify-email-hint" className="text-sm text-slate-600">
              {t("emailHint")}
            </p>
          </div>
        </div>
      </fieldset>
      <div>
        <SubmitButton pending={isPending}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
