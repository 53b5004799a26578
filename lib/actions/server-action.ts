import type { z } from "zod";
import { requireActor, requireStaff, type Actor } from "@/lib/auth/actor";
import { invalidInput, runAction, type ActionResult } from "./action-result";
import { formDataToObject, typedValues, type FormState } from "./form-action";

/** Who may call: anyone (the sign-in forms), any signed-in user, or staff. */
type ActorRequirement = "anyone" | "signed-in" | "staff";
type ActorOf<R extends ActorRequirement> = R extends "anyone" ? null : Actor;

type Bound = readonly z.ZodType[];
type BoundInput<B extends Bound> = { [K in keyof B]: z.input<B[K]> };
type BoundData<B extends Bound> = { [K in keyof B]: z.infer<B[K]> };

/** A posted form, or (from code) the object the input schema parses. */
type Payload<S extends z.ZodType> = FormData | z.input<S>;

const loadActor = {
  anyone: async () => null,
  "signed-in": requireActor,
  staff: requireStaff,
} as const;

/**
 * Declares a server action: its name (for the log line of an unexpected error), who may call
 * it, the schemas of its `.bind()` arguments and of its input. The action takes its bound
 * arguments, then `useActionState`'s (state, payload); it answers the form's next state, with
 * field errors keyed by the form's own field names. Authorization stays in the lib call.
 *
 *     export const replyAction = serverAction(
 *       { name: "reply", actor: "signed-in", bound: [ticketIdSchema], input: replySchema },
 *       async ({ actor, bound: [ticketId], input }) => addReply(actor, ticketId, input, …),
 *     );
 *     // <form action={useFormAction({ action: replyAction.bind(null, ticket.id), … }).formAction}>
 *
 * A bound argument that fails its schema answers its schema's message as the form error
 * (bound ids are not the user's typing). `redirect()` and `notFound()` in `work` pass through.
 */
export function serverAction<
  S extends z.ZodType,
  T,
  const B extends Bound = [],
  R extends ActorRequirement = ActorRequirement,
>(
  options: {
    name: string;
    actor: R;
    input: S;
    bound?: B;
    /** Fields never sent back to be shown again (passwords). */
    secretFields?: readonly string[];
    /** Show what was typed again after a success too: a side form of the page (login's "Resend"). */
    keepValues?: boolean;
  },
  work: (call: { actor: ActorOf<R>; bound: BoundData<B>; input: z.infer<S> }) => Promise<T>,
): (...args: [...BoundInput<B>, FormState<T>, Payload<S>]) => Promise<FormState<T>> {
  const boundSchemas = (options.bound ?? []) as unknown as readonly z.ZodType[];
  return async (...args: unknown[]) => {
    const payload = args[boundSchemas.length + 1];
    const isForm = payload instanceof FormData;
    // what was typed goes back after a failure: a form that succeeded starts empty
    const answer = (result: ActionResult<T>): FormState<T> => ({
      result,
      values:
        isForm && (!result.ok || options.keepValues)
          ? typedValues(payload, options.secretFields)
          : {},
    });

    const bound: unknown[] = [];
    for (const [index, schema] of boundSchemas.entries()) {
      const parsed = schema.safeParse(args[index]);
      if (!parsed.success) return answer({ ok: false, formError: parsed.error.issues[0]!.message });
      bound.push(parsed.data);
    }
    const input = options.input.safeParse(isForm ? formDataToObject(payload) : payload);
    if (!input.success) return answer(invalidInput(input.error));
    return answer(
      await runAction(async () => {
        const actor = (await loadActor[options.actor]()) as ActorOf<R>;
        return work({ actor, bound: bound as BoundData<B>, input: input.data });
      }, options.name),
    );
  };
}
