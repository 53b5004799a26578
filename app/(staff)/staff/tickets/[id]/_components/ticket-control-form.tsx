"use client";

import { useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { assignSchema, prioritySchema, statusSchema } from "./schemas";

const KINDS = {
  assign: { schema: assignSchema, field: "assigneeId", label: "Assignee", submit: "Assign" },
  priority: {
    schema: prioritySchema,
    field: "priority",
    label: "Priority",
    submit: "Change priority",
  },
  status: { schema: statusSchema, field: "status", label: "Status", submit: "Change status" },
} as const;

type Kind = keyof typeof KINDS;
type Values = { [K in Kind]: z.input<(typeof KINDS)[K]["schema"]> }[Kind];

/**
 * One of the side panel's changes: a select and its button ("Assign", "Change priority",
 * "Change status"). The button waits until another value is chosen; the page refreshes after.
 */
export function TicketControlForm({
  kind,
  current,
  options,
  placeholder,
  action,
  selfId,
}: {
  kind: Kind;
  /** The ticket's value now ("" for none), preselected unless `placeholder` is given. */
  current: string;
  options: Array<{ value: string; label: string }>;
  placeholder?: string;
  action: FormAction<void>;
  /** For "assign": the signed-in engineer, offered as "Assign to me". */
  selfId?: string;
}) {
  const { schema, field: name, label, submit } = KINDS[kind];
  const initial = placeholder === undefined ? current : "";
  const formRef = useRef<HTMLFormElement>(null);
  const [changed, setChanged] = useState(false);
  const { form, state, formAction, onSubmit, formError, isPending, isHydrated, field } =
    useFormAction({
      schema: schema as z.ZodType<Values, Values>,
      action,
      defaultValues: { [name]: initial } as Values,
    });
  // A refreshed page brings the new value: make it the form's starting point again.
  useEffect(() => form.reset({ [name]: initial } as Values), [form, name, initial]);
  const chosen = form.watch(name as never) as unknown as string;
  const { onChange, ...select } = field(name as never);

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={(event) => {
        setChanged(false);
        onSubmit(event);
      }}
      noValidate
      className="flex flex-col gap-2"
    >
      <SelectField
        id={`ticket-${kind}`}
        label={label}
        options={options}
        placeholder={placeholder}
        {...select}
        onChange={(event) => {
          setChanged(true);
          return onChange(event);
        }}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton
          size="sm"
          variant="secondary"
          pending={isPending}
          // Without JavaScript the choice can't be watched: the button stays usable.
          disabled={isHydrated && (chosen === current || (placeholder !== undefined && !chosen))}
        >
          {submit}
        </SubmitButton>
        {isHydrated && kind === "assign" && selfId && current !== selfId ? (
          <Button
            size="sm"
            variant="ghost"
            disabled={isPending}
            onClick={() => {
              form.setValue(name as never, selfId as never);
              formRef.current?.requestSubmit();
            }}
          >
            Assign to me
          </Button>
        ) : null}
      </div>
      <FormMessage message={formError} />
      <p aria-live="polite" className="text-sm text-emerald-800">
        {state.result?.ok && !changed ? `${label} saved.` : null}
      </p>
    </form>
  );
}
