"use client";

import { useRef, useState, useTransition } from "react";
import { Markdown } from "@/components/markdown";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import type { ActionResult } from "@/lib/actions/action-result";
import type { CannedReplyInput } from "@/lib/canned-replies/schemas";
import { CannedReplyForm } from "./canned-reply-form";

type Reply = { id: string; title: string; body: string; updated: string };

/** One canned reply: its text, "Edit" in place, and "Delete" after a confirmation. */
export function CannedReplyItem({
  reply,
  updateAction,
  deleteAction,
}: {
  reply: Reply;
  updateAction: (input: CannedReplyInput) => Promise<ActionResult<unknown>>;
  deleteAction: () => Promise<ActionResult<unknown>>;
}) {
  const [mode, setMode] = useState<"view" | "edit" | "confirm">("view");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const actions = useRef<HTMLDivElement>(null);
  const headingId = `canned-${reply.id}`;

  const backToView = () => {
    setMode("view");
    // Focus goes back to "Edit" rather than to the top of the page.
    requestAnimationFrame(() => actions.current?.querySelector("button")?.focus());
  };

  return (
    <Card as="article" aria-labelledby={headingId}>
      <CardBody className="flex flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="flex min-w-0 flex-col gap-0.5">
            <h2 id={headingId} className="font-semibold text-navy-900">
              {reply.title}
            </h2>
            <p className="text-xs text-slate-500">{reply.updated}</p>
          </div>
          {mode === "view" ? (
            <div ref={actions} className="flex gap-2">
              <Button
                size="sm"
                variant="secondary"
                aria-label={`Edit ${reply.title}`}
                onClick={() => setMode("edit")}
              >
                Edit
              </Button>
              <Button
                size="sm"
                variant="danger"
                aria-label={`Delete ${reply.title}`}
                onClick={() => {
                  setError(null);
                  setMode("confirm");
                }}
              >
                Delete
              </Button>
            </div>
          ) : null}
        </div>

        {mode === "edit" ? (
          <CannedReplyForm
            idPrefix={`edit-${reply.id}`}
            initial={{ title: reply.title, body: reply.body }}
            submitLabel="Save changes"
            action={updateAction}
            onSaved={backToView}
            onCancel={backToView}
          />
        ) : (
          <div className="rounded-md bg-slate-50 p-3">
            <Markdown>{reply.body}</Markdown>
          </div>
        )}

        {mode === "confirm" ? (
          <div
            role="group"
            aria-label={`Confirm deleting ${reply.title}`}
            className="flex flex-col gap-3 rounded-md border border-brand-200 bg-brand-50 p-3"
          >
            <p className="text-sm text-brand-800">
              Delete “{reply.title}” for everyone? Messages it was used in keep their text.
            </p>
            <div className="flex gap-2">
              <Button
                variant="primary"
                size="sm"
                pending={isPending}
                autoFocus
                onClick={() =>
                  startTransition(async () => {
                    const result = await deleteAction();
                    if (!result.ok) setError(result.formError ?? "The reply was not deleted.");
                  })
                }
              >
                Yes, delete
              </Button>
              <Button variant="ghost" size="sm" disabled={isPending} onClick={backToView}>
                Cancel
              </Button>
            </div>
          </div>
        ) : null}
        <FormMessage message={error} />
      </CardBody>
    </Card>
  );
}
