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
  get,
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
} from "react-hook-form";
import type { z } from "zod";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import { initialFormState, type FormState } from "@/lib/actions/form-action";
import { failureOf, type FormAction } from "./form-state";
import { msg } from "@/lib/i18n/message";

export { failureOf, type FormAction } from "./form-state";

/**
 * A form that works before hydration: `<form action={formAction}>` posts its named fields to the
 * server action, and the page renders again from the action's state (typed values, field and
 * form errors). Once JavaScript runs, react-hook-form validates with the same zod schema first
 * and then hands the very same FormData to the same action inside a transition. Every value the
 * action needs is a named control of the form, or an argument bound with `.bind()` in the server
 * component that renders it: bound in a client component, a post without JavaScript never
 * finishes (next.js#98045).
 */
export function useFormAction<S extends z.ZodType<FieldValues, FieldValues>, T>(options: {
  schema: S;
  action: FormAction<T>;
  defaultValues: DefaultValues<z.input<S>>;
  /** Replaces the schema's resolver when validation depends on state (e.g. the chosen vendor). */
  resolver?: Resolver<z.input<S>, unknown, z.infer<S>>;
  /** Values typed into another form of the page that posted instead (e.g. "Resend"). */
  typedElsewhere?: Record<string, unknown>;
  /**
   * Post react-hook-form's values instead of the form's fields: for a form that needs JavaScript
   * anyway, whose values are chosen in dialogs or typed by widgets (the new ticket form).
   */
  sendValues?: boolean;
  /** Fields cleared after a failed submit (passwords; the server never sends them back). */
  clearOnError?: Array<Path<z.input<S>>>;
  /** After a success, once JavaScript runs (e.g. empty the form, refresh the page). */
  onSuccess?: (data: NoInfer<T>, form: UseFormReturn<z.input<S>, unknown, z.infer<S>>) => void;
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
    resolver:
      options.resolver ??
      (zodResolver(options.schema as never) as unknown as Resolver<
        z.input<S>,
        unknown,
        z.infer<S>
      >),
    defaultValues: values,
    mode: "onTouched",
  });
  const [clientError, setClientError] = useState<string | null>(null);
  const failure = failureOf(state);
  const { onSuccess, clearOnError } = options;
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
    if (state.result.ok) onSuccess?.(state.result.data, form);
  }, [state, form, clearOnError, onSuccess]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const formElement = event.currentTarget;
    // The button that sent it, as a post without JavaScript names it ("Send and set Resolved").
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    setClientError(null);
    void form.handleSubmit(
      (values) =>
        startTransition(() =>
          // the action parses a plain object as it parses a posted form
          formAction(options.sendValues ? (values as never) : new FormData(formElement, submitter)),
        ),
      () => setClientError(msg("validation.correctHighlighted")),
    )(event);
  };

  const errorOf = (field: Path<z.input<S>>): string | undefined => {
    const error: unknown = get(form.formState.errors, field);
    const message = (error as { message?: unknown } | undefined)?.message;
    if (typeof message === "string") return message;
    return isHydrated ? undefined : failure?.fieldErrors?.[field]?.join(" ");
  };

  /** An input's props: its name for the FormData, what was typed, its error. */
  const field = (name: Path<z.input<S>>) => ({
    ...form.register(name),
    defaultValue: get(values, name) as string | undefined,
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
    setFormError: setClientError,
    errorOf,
    field,
  };
}
