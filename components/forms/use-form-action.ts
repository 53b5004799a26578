"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  type FormEvent,
} from "react";
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
} from "react-hook-form";
import type { z } from "zod";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import type { ActionResult } from "@/lib/actions/action-result";
import { initialFormState, type FormState } from "@/lib/actions/form-action";

type Failure = Extract<ActionResult, { ok: false }>;
export const failureOf = <T>(state: FormState<T>): Failure | null =>
  state.result && !state.result.ok ? state.result : null;

/**
 * A form that works before hydration: `<form action={formAction}>` posts its named fields to the
 * server action, and the page renders again from the action's state (typed values, field and
 * form errors). Once JavaScript runs, react-hook-form validates with the same zod schema first
 * and then hands the very same FormData to the same action inside a transition.
 */
export function useFormAction<S extends z.ZodType<FieldValues, FieldValues>, T>(options: {
  schema: S;
  action: (state: FormState<T>, formData: FormData) => Promise<FormState<T>>;
  defaultValues: DefaultValues<z.input<S>>;
  /** Values typed into another form of the page that posted instead (e.g. "Resend"). */
  typedElsewhere?: Record<string, string>;
  /** Fields cleared after a failed submit (passwords; the server never sends them back). */
  clearOnError?: Array<Path<z.input<S>>>;
  onSettled?: (state: FormState<T>) => void;
}) {
  const [state, formAction, isPending] = useActionState(
    options.action,
    initialFormState as FormState<T>,
  );
  const isHydrated = useIsHydrated();
  const values = {
    ...options.defaultValues,
    ...options.typedElsewhere,
    ...state.values,
  } as DefaultValues<z.input<S>>;
  const form = useForm<z.input<S>, unknown, z.infer<S>>({
    // zodResolver's generics can't follow a generic schema; the schema types the form here.
    resolver: zodResolver(options.schema as never) as unknown as Resolver<
      z.input<S>,
      unknown,
      z.infer<S>
    >,
    defaultValues: values,
    mode: "onTouched",
  });
  const [clientError, setClientError] = useState<string | null>(null);
  const failure = failureOf(state);
  const { onSettled, clearOnError } = options;
  const handled = useRef<FormState<T> | null>(null);

  // The server's answer (or, after hydration, the one the page was rendered with) goes into
  // react-hook-form, which owns the errors from then on.
  useEffect(() => {
    if (!state.result || handled.current === state) return;
    handled.current = state;
    const fieldErrors = Object.entries(failureOf(state)?.fieldErrors ?? {});
    fieldErrors.forEach(([field, messages], index) =>
      form.setError(
        field as Path<z.input<S>>,
        { type: "server", message: messages.join(" ") },
        { shouldFocus: index === 0 },
      ),
    );
    if (failureOf(state))
      for (const field of clearOnError ?? []) form.resetField(field, { keepError: true });
    onSettled?.(state);
  }, [state, form, clearOnError, onSettled]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const formElement = event.currentTarget;
    setClientError(null);
    void form.handleSubmit(
      () => startTransition(() => formAction(new FormData(formElement))),
      () => setClientError("Please correct the highlighted fields."),
    )(event);
  };

  const errorOf = (field: Path<z.input<S>>): string | undefined => {
    const error = form.formState.errors[field as string];
    if (typeof error?.message === "string") return error.message;
    return isHydrated ? undefined : failure?.fieldErrors?.[field]?.join(" ");
  };

  /** An input's props: its name for the FormData, what was typed, its error. */
  const field = (name: Path<z.input<S>>) => ({
    ...form.register(name),
    defaultValue: (values as Record<string, string | undefined>)[name],
    error: errorOf(name),
  });

  return {
    form,
    state,
    formAction,
    onSubmit,
    isPending,
    isHydrated,
    formError: clientError ?? failure?.formError ?? null,
    errorOf,
    field,
  };
}
