"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import type { FormState } from "@/lib/actions/form-action";
import { failureOf } from "./form-state";

/**
 * A form with a "Resend" form beside it: whichever was submitted last decides what the page
 * says. Without JavaScript only the one that posted has an answer.
 */
export function useResendAnswer(
  resent: FormState,
  sentText: string,
  formError: string | null,
  /** The page's FormMessage, which gets focus when the resend is answered. */
  messageRef?: RefObject<HTMLElement | null>,
) {
  const [showResent, setShowResent] = useState(resent.result !== null);
  const answered = useRef(resent);
  useEffect(() => {
    if (answered.current === resent) return;
    answered.current = resent;
    if (resent.result) messageRef?.current?.focus();
  }, [resent, messageRef]);
  const answer = showResent ? resent.result : null;
  const failure = answer ? failureOf(resent) : null;
  const isSent = Boolean(answer?.ok);
  const message = isSent
    ? sentText
    : failure
      ? (failure.formError ?? Object.values(failure.fieldErrors ?? {})[0]?.[0] ?? null)
      : formError;
  return {
    message,
    isSent,
    onResend: () => setShowResent(true),
    onSubmit: () => setShowResent(false),
  };
}
