"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { TicketDetailField } from "@/lib/tickets/save-ticket-details";
import { ticketDetailsSchema, type TicketDetailsFormInput } from "./schemas";

/** The "a" key's target (keyboard-shortcuts.tsx). */
const ASSIGN_SHORTCUT = "assign-to-me";

type Details = TicketDetailsFormInput["shown"];
type Option = { value: string; label: string };

/** The selects; their labels are desk.ticket.form.<label>. */
const FIELDS = [
  { name: "assigneeId", label: "assignee" },
  { name: "priority", label: "priority" },
  { name: "status", label: "status" },
] as const satisfies Array<{ name: TicketDetailField; label: string }>;

/**
 * The side panel's assignee, priority and status under one "Save": only the values changed
 * here are saved (the ticket's values now travel as hidden fields), each through its own use
 * case; a value that could not be saved shows its error under its select.
 */
export function TicketDetailsForm({
  current,
  options,
  action,
  selfId,
}: {
  /** The ticket's values now ("" for nobody). */
  current: Details;
  options: Record<TicketDetailField, Option[]>;
  action: FormAction<{
    saved: TicketDetailField[];
    errors: Partial<Record<TicketDetailField, string>>;
  }>;
  /** The signed-in engineer, offered as "Assign to me" (when they may hold tickets). */
  selfId?: string;
}) {
  const t = useTranslations("desk.ticket.form");
  const formRef = useRef<HTMLFormElement>(null);
  const [changedSince, setChangedSince] = useState<unknown>(null);
  const { form, state, formAction, onSubmit, formError, isPending, isHydrated, field } =
    useFormAction({
      schema: ticketDetailsSchema,
      action,
      defaultValues: { ...current, shown: current },
      // A partial save: what was not saved is marked on its field, the first one focused.
      onSuccess: ({ errors }, form) =>
        FIELDS.filter(({ name }) => errors[name]).forEach(({ name }, index) =>
          form.setError(
            name,
            { type: "server", message: errors[name] },
            { shouldFocus: index === 0 },
          ),
        ),
    });
  const { assigneeId, priority, status } = current;
  // A refreshed page brings the new values: they are the form's starting point again. The
  // errors stay: after a partial save they say what was not saved.
  useEffect(() => {
    const now = { assigneeId, priority, status };
    form.reset({ ...now, shown: now }, { keepErrors: true });
  }, [form, assigneeId, priority, status]);
  const chosen = form.watch();
  const isChanged = FIELDS.some(({ name }) => chosen[name] !== current[name]);
  const answer = state.result?.ok && changedSince !== state ? state.result.data : null;
  const savedLabels = FIELDS.filter(({ name }) => answer?.saved.includes(name)).map(({ label }) =>
    t(label),
  );

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-4"
    >
      {FIELDS.map(({ name, label }) => {
        const { onChange, error, ...select } = field(name);
        return (
          <SelectField
            key={name}
            id={`ticket-${name}`}
            label={t(label)}
            options={options[name]}
            {...select}
            // Before hydration the partial save's errors come from the page's render.
            error={error ?? (isHydrated ? undefined : answer?.errors[name])}
            onChange={(event) => {
              setChangedSince(state);
              return onChange(event);
            }}
          />
        );
      })}
      {FIELDS.map(({ name }) => (
        <input key={name} type="hidden" name={`shown.${name}`} value={current[name]} />
      ))}
      <FormMessage message={formError} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton
          size="sm"
          variant="secondary"
          pending={isPending}
          // Without JavaScript the choices can't be watched: the button stays usable.
          disabled={isHydrated && !isChanged}
        >
          {t("save")}
        </SubmitButton>
        {isHydrated && selfId && current.assigneeId !== selfId ? (
          <Button
            size="sm"
            variant="ghost"
            disabled={isPending}
            data-shortcut-target={ASSIGN_SHORTCUT}
            onClick={() => {
              form.setValue("assigneeId", selfId);
              formRef.current?.requestSubmit();
            }}
          >
            {t("assignToMe")}
          </Button>
        ) : null}
      </div>
      <p aria-live="polite" className="text-sm text-emerald-800">
        {answer
          ? t(Object.keys(answer.errors).length ? "savedPartly" : "saved", {
              fields: savedLabels.join(", "),
            })
          : null}
      </p>
    </form>
  );
}
