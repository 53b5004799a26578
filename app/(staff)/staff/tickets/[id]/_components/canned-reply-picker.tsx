"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";

export type CannedReplyOption = { id: string; title: string; body: string };

/**
 * "Insert canned reply": a select and an Insert button, so it works from the keyboard and
 * nothing is inserted just by moving through the options.
 */
export function CannedReplyPicker({
  replies,
  onInsert,
}: {
  replies: CannedReplyOption[];
  onInsert: (text: string) => void;
}) {
  const t = useTranslations("desk.ticket.canned");
  const selectId = useId();
  const [chosen, setChosen] = useState("");
  const [announcement, setAnnouncement] = useState("");
  if (!replies.length) {
    return (
      <p className="text-sm text-slate-600">
        {t.rich("none", {
          link: (chunks) => <TextLink href="/staff/canned-replies">{chunks}</TextLink>,
        })}
      </p>
    );
  }
  const reply = replies.find((candidate) => candidate.id === chosen);
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={selectId} className="text-sm font-medium text-navy-900">
        {t("label")}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <select
          id={selectId}
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
          className="block h-10 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 pr-8 text-base text-slate-900 shadow-sm hover:border-slate-400 focus-visible:border-focus sm:text-sm"
        >
          <option value="">{t("choose")}</option>
          {replies.map((option) => (
            <option key={option.id} value={option.id}>
              {option.title}
            </option>
          ))}
        </select>
        <Button
          variant="secondary"
          disabled={!reply}
          onClick={() => {
            if (!reply) return;
            onInsert(reply.body);
            setAnnouncement(t("inserted", { title: reply.title }));
          }}
        >
          {t("insert")}
        </Button>
        <TextLink href="/staff/canned-replies" className="text-sm">
          {t("manage")}
        </TextLink>
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
