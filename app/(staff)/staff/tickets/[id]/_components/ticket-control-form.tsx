"use client";

import { useEffect, useState } from "react";
import type { z } from "zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/action-result";
import { assignSchema, prioritySchema, statusSchema } from "./schemas";
import { NeedsJavaScript } from "@/components/ui/needs-javascript";

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
  action: (input: Values) => Promise<ActionResult<unknown>>;
  /** For "assign": the signed-in engineer, offered as "Assign to me". */
  selfId?: string;
}) {
  const { schema, field, label, submit } = KINDS[kind];
  const initial = placeholder === undefined ? current : "";
  const [saved, setSaved] = useState<string | null>(null);
  const { form, onSubmit, formError, isPending, errorOf } = useActionForm({
    schema: schema as z.ZodType<Values, Values>,
    action,
    defaultValues: { [field]: initial } as Values,
    onSuccess: () => setSaved(`${label} saved.`),
  });
  // A refreshed page brings the new value: make it the form's starting point again.
  useEffect(() => form.reset({ [field]: initial } as Values), [form, field, initial]);
  const chosen = form.watch(field as never) as unknown as string;
  const id = `ticket-${kind}`;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <SelectField
        id={id}
        label={label}
        options={options}
        placeholder={placeholder}
        error={errorOf(field as never)}
        {...form.register(field as never, { onChange: () => setSaved(null) })}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton
          size="sm"
          variant="secondary"
          pending={isPending}
          disabled={chosen === current || (placeholder !== undefined && chosen === "")}
        >
          {submit}
        </SubmitButton>
        <NeedsJavaScript />
        {kind === "assign" && selfId && current !== selfId ? (
          <Button
            size="sm"
            variant="ghost"
            disabled={isPending}
            onClick={() => {
              form.setValue(field as never, selfId as never);
              void onSubmit();
            }}
          >
            Assign to me
          </Button>
        ) : null}
      </div>
      <FormMessage message={formError} />
      <p aria-live="polite" className="text-sm text-emerald-800">
        {saved}
      </p>
    </form>
  );
}
