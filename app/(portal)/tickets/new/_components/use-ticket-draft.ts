"use client";

import { useCallback, useEffect, useRef, type RefObject } from "react";
import { formDataToObject } from "@/lib/actions/form-action";

export type TicketDraft = Record<string, unknown>;

/**
 * Keeps what the user typed in the browser (localStorage) until the ticket is created, so a
 * reload or a lost connection loses nothing: `save` stores the form's fields as they would be
 * posted. Restores once on mount; `clear` after success.
 */
export function useTicketDraft(
  key: string,
  form: RefObject<HTMLFormElement | null>,
  onRestore: (draft: TicketDraft) => void,
) {
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    try {
      const saved = window.localStorage.getItem(key);
      if (saved) onRestore(JSON.parse(saved) as TicketDraft);
    } catch {
      window.localStorage.removeItem(key);
    }
  }, [key, onRestore]);

  const save = useCallback(() => {
    if (!form.current) return;
    try {
      window.localStorage.setItem(
        key,
        JSON.stringify(formDataToObject(new FormData(form.current))),
      );
    } catch {
      // storage full or disabled: the draft is a convenience, not a requirement
    }
  }, [form, key]);

  return { save, clear: () => window.localStorage.removeItem(key) };
}
