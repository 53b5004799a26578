"use client";

import { useEffect, useRef, useState } from "react";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { TicketDetailField } from "@/lib/tickets/save-ticket-details";
import { ticketDetailsSchema, type TicketDetailsFormInput } from "./schemas";

type Details = TicketDetailsFormInput["shown"];
type Option = { value: string; label: string };

const FIELDS: Array<{ name: TicketDetailField; label: string }> = [
  { name: "assigneeId", label: "Assignee" },
  { name: "priority", label: "Priority" },
  { name: "status", label: "Status" },
];

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
  const savedLabels = FIELDS.filter(({ name }) => answer?.saved.includes(name)).map(
    ({ label }) => label,
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
            label={label}
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
          Save
        </SubmitButton>
        {isHydrated && selfId && current.assigneeId !== selfId ? (
          <Button
            size="sm"
            variant="ghost"
            disabled={isPending}
            data-shortcut-target="assign-to-me"
            onClick={() => {
              form.setValue("assigneeId", selfId);
              formRef.current?.requestSubmit();
            }}
          >
            Assign to me
          </Button>
        ) : null}
      </div>
      <p aria-live="polite" className="text-sm text-emerald-800">
        {answer
          ? `Saved: ${savedLabels.join(", ")}.${Object.keys(answer.errors).length ? " The marked field was not saved." : ""}`
          : null}
      </p>
    </form>
  );
}
