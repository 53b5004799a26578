"use client";

import {
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  type FormEvent,
} from "react";
import type { ZodType } from "zod";
import { formDataToObject, initialFormState, type FormState } from "@/lib/actions/form-action";
import { useFocusAfterLeaving } from "./focus-after-leaving";
import {
  failureOf,
  fieldErrorsOf,
  problemsIn,
  secretsToClear,
  type FormAction,
} from "./form-state";
import { msg } from "@/lib/i18n/message";

type Controls<V> = {
  /** Puts the fields back to `values` (default: the defaults) and forgets every error. */
  reset: (values?: Partial<V>) => void;
};

const CORRECT_FIELDS = msg("validation.correctHighlighted");

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const isControl = (element: unknown): element is Control =>
  element instanceof HTMLInputElement ||
  element instanceof HTMLTextAreaElement ||
  element instanceof HTMLSelectElement;

/**
 * A form of plain named fields that works before hydration, as `useFormAction` does, without
 * react-hook-form and without zod in the page's first load: `<form action={formAction}>` posts
 * the fields to the server action and the page renders again from its state. Once JavaScript
 * runs, the form's zod schema — the one the action parses, loaded with `import()` when a field
 * first gets focus — checks a field when it loses focus (and on every change after that, or
 * after a submit) and the whole form on submit, before the same FormData goes to the action
 * inside a transition. Errors sit next to their fields, the server's as the browser's.
 *
 * `schema` must be a module-level function (`() => import(…).then((m) => m.someSchema)`): it is
 * called once per form.
 */
export function useCheckedForm<V extends Record<string, string | undefined>, T = void>(options: {
  /** None for a form without fields to check (a lone button). */
  schema?: () => Promise<ZodType>;
  action: FormAction<T>;
  defaultValues: V;
  /** Values typed into another form of the page that posted instead (e.g. "Resend"). */
  typedElsewhere?: Record<string, unknown>;
  /**
   * Secret fields (passwords): the server never sends them back, so without JavaScript they are
   * empty after any answer. With it they keep what was typed unless the answer is about them:
   * a field error on one of them, or a failure whose reason is in `clearOnReasons`.
   */
  clearOnError?: Array<keyof V & string>;
  /** Failure reasons that concern the secret fields (e.g. a wrong password). */
  clearOnReasons?: string[];
  /** After a success, once JavaScript runs (e.g. empty the form). */
  onSuccess?: (data: NoInfer<T>, form: Controls<V>) => void;
}) {
  const [state, formAction, isPending] = useActionState(
    options.action,
    initialFormState as FormState<T>,
  );
  const typed = { ...options.defaultValues, ...options.typedElsewhere, ...state.values } as V;
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<V>(typed);
  // The browser's findings, by field; the server's answer's are read from `state` as it comes
  // (so no late check can hide them) until the field is typed into again.
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [edits, setEdits] = useState({ answer: state, names: [] as string[] });
  const editedSinceAnswer = edits.answer === state ? edits.names : [];
  const serverErrors = fieldErrorsOf(state);
  const errorOf = (name: string): string | undefined =>
    errors[name] ?? (editedSinceAnswer.includes(name) ? undefined : serverErrors[name]);
  const markEdited = (names: string[]) =>
    setEdits((current) => ({
      answer: state,
      names: [...(current.answer === state ? current.names : []), ...names],
    }));
  const [clientError, setClientError] = useState<string | null>(null);
  // Fields checked on every change: those left once, or all of them after a submit.
  const watched = useRef(new Set<string>());
  const submitted = useRef(false);
  const schema = useRef<Promise<ZodType | null> | null>(null);

  const loadSchema = () =>
    (schema.current ??= (options.schema?.() ?? Promise.resolve(null)).catch((error: unknown) => {
      schema.current = null; // offline: try again next time; the server checks anyway
      throw error;
    }));

  /** The form's problems, or null when the schema can't be loaded (the server will say). */
  const check = async () => {
    const form = formRef.current;
    if (!form) return null;
    try {
      const loaded = await loadSchema();
      return loaded ? problemsIn(loaded, formDataToObject(new FormData(form))) : {};
    } catch {
      return null;
    }
  };

  const checkField = async (name: string) => {
    const problems = await check();
    if (!problems) return;
    setErrors((current) => {
      if (current[name] === problems[name]) return current;
      const next = { ...current };
      if (problems[name]) next[name] = problems[name];
      else delete next[name];
      return next;
    });
  };

  const setField = (name: string, value: string) => {
    const control = formRef.current?.elements.namedItem(name);
    // a group of radio buttons is a RadioNodeList, whose value ticks the one with that value
    if (isControl(control) || control instanceof RadioNodeList) control.value = value;
    setValues((current) => ({ ...current, [name]: value }));
  };

  const focusFirst = (names: string[]) => {
    const form = formRef.current;
    const first = form
      ? Array.from(form.elements).find(
          (element) => isControl(element) && names.includes(element.name),
        )
      : undefined;
    if (first instanceof HTMLElement) first.focus();
  };

  const controls: Controls<V> = {
    reset: (next) => {
      const all = { ...options.defaultValues, ...next };
      for (const [name, value] of Object.entries(all)) setField(name, value ?? "");
      setErrors({});
      markEdited(Object.keys(all));
      setClientError(null);
      watched.current.clear();
      submitted.current = false;
    },
  };

  // The server's answer (or, after hydration, the one the page was rendered with): the secret
  // fields it is about are emptied.
  const { onSuccess } = options;
  const cleared = secretsToClear(state, options.clearOnError, options.clearOnReasons);
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (cleared.length)
      setValues((current) => ({ ...current, ...Object.fromEntries(cleared.map((n) => [n, ""])) }));
  }
  const handled = useRef<FormState<T> | null>(null);
  useEffect(() => {
    if (!state.result || handled.current === state) return;
    handled.current = state;
    const failure = failureOf(state);
    if (failure) {
      for (const name of cleared) {
        const control = formRef.current?.elements.namedItem(name);
        if (isControl(control)) control.value = "";
      }
      // focus goes to what the answer says: the first field it names, else its message
      const named = Object.keys(fieldErrorsOf(state));
      if (named.length) focusFirst(named);
      else messageRef.current?.focus();
    } else if (state.result.ok) onSuccess?.(state.result.data, controls);
    // `controls`, focusFirst and `cleared` only touch the form and state setters
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  useFocusAfterLeaving(formRef);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setClientError(null);
    void check().then((problems) => {
      const names = Object.keys(problems ?? {});
      if (problems && names.length) {
        submitted.current = true;
        setErrors(problems);
        setClientError(CORRECT_FIELDS);
        focusFirst(names);
        return;
      }
      setErrors({});
      startTransition(() => formAction(new FormData(form)));
    });
  };

  /** A field's props: its name for the FormData, what was typed, its error, its checks. */
  const field = (name: keyof V & string) => ({
    name,
    defaultValue: typed[name],
    error: errorOf(name),
    onFocus: () => void loadSchema().catch(() => {}),
    onBlur: () => {
      watched.current.add(name);
      void checkField(name);
    },
    onChange: (event: { currentTarget: { value: string } }) => {
      const { value } = event.currentTarget;
      setValues((current) => ({ ...current, [name]: value }));
      if (!editedSinceAnswer.includes(name)) markEdited([name]);
      if (submitted.current || watched.current.has(name) || errorOf(name)) void checkField(name);
    },
  });

  return {
    state,
    isPending,
    /** Spread on the `<form>`: its ref, action and submit check. */
    formProps: { ref: formRef, action: formAction, onSubmit, noValidate: true },
    formError: clientError ?? failureOf(state)?.formError ?? null,
    /** On the form's `FormMessage`: an answer with no field to point at puts focus there. */
    messageRef,
    /** What the fields hold now (for hints that follow the typing). */
    values,
    field,
    ...controls,
  };
}
