"use client";

import { useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { setClosedAction } from "../actions";

export function CloseReopenButton({ ticketId, closed }: { ticketId: string; closed: boolean }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const label = closed ? "Reopen ticket" : "Close ticket";
  return (
    <div className="flex flex-col items-end gap-2">
      <Button
        variant={closed ? "secondary" : "ghost"}
        pending={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await setClosedAction(ticketId, !closed);
            setError(result.ok ? null : (result.formError ?? "Something went wrong."));
          })
        }
      >
        {label}
      </Button>
      <FormMessage message={error} />
    </div>
  );
}
