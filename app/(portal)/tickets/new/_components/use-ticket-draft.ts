"use client";

import { useEffect, useRef } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

/**
 * Keeps what the user typed in the browser (localStorage) until the ticket is created, so a
 * reload or a lost connection loses nothing. Restores once on mount; `clear` after success.
 */
export function useTicketDraft<T extends FieldValues, Out>(
  key: string,
  form: UseFormReturn<T, unknown, Out>,
  onRestore: (draft: T) => void,
) {
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    try {
      const saved = window.localStorage.getItem(key);
      if (saved) onRestore(JSON.parse(saved) as T);
    } catch {
      window.localStorage.removeItem(key);
    }
  }, [key, onRestore]);

  useEffect(() => {
    const subscription = form.watch((values) => {
      try {
        window.localStorage.setItem(key, JSON.stringify(values));
      } catch {
        // storage full or disabled: the draft is a convenience, not a requirement
      }
    });
    return () => subscription.unsubscribe();
  }, [form, key]);

  return { clear: () => window.localStorage.removeItem(key) };
}
