"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
} from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * react-hook-form validated by the same zod schema the server action parses; the server's
 * field errors land on their fields and its form error in `formError`. Values stay as typed.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(options: {
  schema: S;
  action: (values: z.infer<S>) => Promise<ActionResult<T>>;
  defaultValues?: DefaultValues<z.input<S>>;
  onSuccess?: (data: T) => void;
  onFailure?: (result: Extract<ActionResult<T>, { ok: false }>) => void;
  /** Fields cleared after a failed submit (passwords). */
  clearOnError?: Array<Path<z.input<S>>>;
  /** Replaces the schema's resolver when validation depends on state (e.g. the chosen vendor). */
  resolver?: Resolver<z.input<S>, unknown, z.infer<S>>;
}) {
  const form = useForm<z.input<S>, unknown, z.infer<S>>({
    // zodResolver's generics can't follow a generic schema; the schema types the form here.
    resolver:
      options.resolver ??
      (zodResolver(options.schema as never) as unknown as Resolver<
        z.input<S>,
        unknown,
        z.infer<S>
      >),
    defaultValues: options.defaultValues,
    mode: "onTouched",
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const onSubmit = form.handleSubmit(
    (values) =>
      new Promise<void>((resolve) => {
        startTransition(async () => {
          setFormError(null);
          const result = await options.action(values);
          if (result.ok) {
            options.onSuccess?.(result.data);
          } else {
            for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
              form.setError(
                field as Path<z.input<S>>,
                { message: messages.join(" ") },
                { shouldFocus: true },
              );
            }
            setFormError(result.formError ?? null);
            for (const field of options.clearOnError ?? [])
              form.resetField(field, { keepError: true });
            options.onFailure?.(result);
          }
          resolve();
        });
      }),
    () => setFormError("Please correct the highlighted fields."),
  );

  const errorOf = (field: Path<z.input<S>>) => {
    const error = form.formState.errors[field as string];
    return typeof error?.message === "string" ? error.message : undefined;
  };

  return { form, onSubmit, formError, setFormError, isPending, errorOf };
}
