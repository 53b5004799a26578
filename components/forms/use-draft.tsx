"use client";

import { usePathname } from "next/navigation";
import { createContext, useContext, useEffect, useRef, type ReactNode } from "react";
import { draftKey, readDraft, writeDraft } from "@/lib/drafts/draft-store";

/** Whose drafts the pages inside keep: the signed-in user's id (app-shell.tsx). */
const DraftOwner = createContext<string | null>(null);

export function DraftScope({ owner, children }: { owner: string; children: ReactNode }) {
  return <DraftOwner value={owner}>{children}</DraftOwner>;
}

/**
 * Keeps a text field's `text` in this browser as the page's draft while it is typed (lib/drafts),
 * so it survives the session's end, a reload or a closed tab; when the page opens with the field
 * empty, `restore` puts the kept draft back. Emptying the field (the form's reset after sending)
 * drops the draft. One field per page; nothing is kept outside a signed-in shell.
 */
export function useDraft(text: string | undefined, restore: (text: string) => void) {
  const owner = useContext(DraftOwner);
  const pathname = usePathname();
  const key = owner ? draftKey(owner, pathname) : null;
  const restoreRef = useRef(restore);
  const restoredFor = useRef<string | null>(null);
  useEffect(() => {
    restoreRef.current = restore;
  });
  useEffect(() => {
    if (!key) return;
    if (restoredFor.current !== key) {
      restoredFor.current = key;
      const kept = readDraft(localStorage, key);
      if (kept && !text?.trim()) {
        restoreRef.current(kept);
        return;
      }
    }
    writeDraft(localStorage, key, text ?? "");
  }, [key, text]);
}
