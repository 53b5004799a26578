"use client";

import { useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action-result";
import { KeyReveal } from "./key-reveal";

type Issued = { id: string; number: string; key: string };

/** Asks first (the customer's printed key stops working), then shows the new key once. */
export function RegenerateKeyButton({
  number,
  customerName,
  action,
}: {
  number: string;
  customerName: string;
  action: () => Promise<ActionResult<Issued>>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  if (issued)
    return (
      <KeyReveal
        number={issued.number}
        customerName={customerName}
        activationKey={issued.key}
        regenerated
      />
    );

  const regenerate = () =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (result.ok) setIssued(result.data);
      else setError(result.formError ?? "The key could not be regenerated.");
    });

  return (
    <div className="flex flex-col gap-3">
      <FormMessage message={error} />
      {confirming ? (
        <div role="group" aria-label="Confirm key regeneration" className="flex flex-col gap-3">
          <p className="text-sm text-navy-900">
            The current key of {number} will stop working at once. Accounts that already registered
            the contract keep it. Generate a new key?
          </p>
          <div className="flex gap-2">
            <Button variant="primary" pending={isPending} onClick={regenerate}>
              Generate new key
            </Button>
            <Button variant="ghost" disabled={isPending} onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" className="self-start" onClick={() => setConfirming(true)}>
          Regenerate key
        </Button>
      )}
    </div>
  );
}
