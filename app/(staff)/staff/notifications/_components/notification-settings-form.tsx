"use client";

import { useActionState, useEffect, useRef } from "react";
import type { FormAction } from "@/components/forms/form-state";
import { failureOf } from "@/components/forms/form-state";
import { FormMessage } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-action";
import type { NotificationSettings } from "@/lib/notifications/settings";

type Choice = "newTicket" | "customerReply" | "assigned" | "slaRisk";
const CHOICES: Array<{ name: Choice; label: string; hint: string }> = [
  {
    name: "newTicket",
    label: "New tickets in the unassigned queue",
    hint: "Every new ticket, or only those of the manufacturers chosen below.",
  },
  {
    name: "customerReply",
    label: "Customer replies",
    hint: "On tickets assigned to you or that you follow.",
  },
  { name: "assigned", label: "Tickets assigned to you", hint: "When someone else assigns one." },
  {
    name: "slaRisk",
    label: "SLA about to breach",
    hint: "Once, before the first response or resolution is due on your tickets (unassigned ones too).",
  },
];

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
          message={
            failure
              ? (failure.formError ?? "Please correct the highlighted fields.")
              : state.result
                ? "Notification settings saved."
                : null
          }
        />
      </div>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-base font-semibold text-navy-900">Tell me about</legend>
        {CHOICES.map((choice) => (
          <div key={choice.name} className="flex gap-3">
            <input
              type="checkbox"
              id={`notify-${choice.name}`}
              name={choice.name}
              value="true"
              defaultChecked={settings[choice.name]}
              aria-describedby={`notify-${choice.name}-hint`}
              className={checkbox}
            />
            <div className="flex flex-col">
              <label
                htmlFor={`notify-${choice.name}`}
                className="text-sm font-medium text-navy-900"
              >
                {choice.label}
              </label>
              <p id={`notify-${choice.name}-hint`} className="text-sm text-slate-600">
                {choice.hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={vendorError ? "vendors-error" : "vendors-hint"}
      >
        <legend className="mb-1 text-base font-semibold text-navy-900">
          New tickets of these manufacturers
        </legend>
        <p id="vendors-hint" className="text-sm text-slate-600">
          None ticked: every manufacturer, and administrative requests.
        </p>
        {vendorError ? (
          <p id="vendors-error" className="text-sm font-medium text-brand-700">
            {vendorError}
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
        <legend className="mb-1 text-base font-semibold text-navy-900">Email</legend>
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
              Also send them by email
            </label>
            <p id="notify-email-hint" className="text-sm text-slate-600">
              Gathered into one email a minute after the first, so a busy ticket sends one.
            </p>
          </div>
        </div>
      </fieldset>
      <div>
        <SubmitButton pending={isPending}>Save</SubmitButton>
      </div>
    </form>
  );
}
