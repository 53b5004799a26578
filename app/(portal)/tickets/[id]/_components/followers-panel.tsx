"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { FormAction } from "@/components/forms/form-state";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { FollowerList } from "@/components/tickets/follower-list";
import { FormMessage } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { personName } from "@/lib/format";
import type { Follower, TicketFollowers } from "@/lib/tickets/followers";

const followerSchema = () => import("@/lib/tickets/schemas").then((m) => m.followerSchema);

/**
 * "Followers" on the customer's ticket page: who gets the ticket's emails, and (for the
 * requester and followers) adding colleagues on the contract and removing them. A change is
 * announced and focused once the list shows it, as the form that made it may be gone by then.
 */
export function FollowersPanel({
  followers,
  candidates,
  canChange,
  addAction,
  removeAction,
}: TicketFollowers & {
  addAction: FormAction<{ name: string }>;
  removeAction: FormAction<void>;
}) {
  const t = useTranslations("portal.ticket.followers");
  const notice = useRef<HTMLParagraphElement>(null);
  const [change, setChange] = useState<string | null>(null);
  const shown = useRef(followers);
  const ids = followers.map((follower) => follower.id).join(",");
  useEffect(() => {
    const before = shown.current;
    shown.current = followers;
    const isIn = (list: Follower[]) => (follower: Follower) =>
      list.some((other) => other.id === follower.id);
    const added = followers.filter((follower) => !isIn(before)(follower));
    const removed = before.filter((follower) => !isIn(followers)(follower));
    const said = [
      ...added.map((follower) => t("nowFollows", { name: personName(follower) })),
      ...removed.map((follower) => t("noLongerFollows", { name: personName(follower) })),
    ].join(" ");
    if (!said) return;
    setChange(said);
    notice.current?.focus();
    // the list changes when its ids do
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ids]);

  return (
    <Card as="section" aria-labelledby="followers-heading">
      <CardHeader
        id="followers-heading"
        title={t("title")}
        level={2}
        description={t("description")}
      />
      <CardBody className="flex flex-col gap-4">
        <p ref={notice} tabIndex={-1} aria-live="polite" className="text-sm text-slate-700">
          {change}
        </p>
        <FollowerList
          followers={followers}
          action={
            canChange
              ? (follower) => <RemoveFollower follower={follower} action={removeAction} />
              : undefined
          }
        />
        {canChange ? <AddFollower candidates={candidates} action={addAction} /> : null}
      </CardBody>
    </Card>
  );
}

function AddFollower({
  candidates,
  action,
}: {
  candidates: TicketFollowers["candidates"];
  action: FormAction<{ name: string }>;
}) {
  const t = useTranslations("portal.ticket.followers");
  const { formProps, formError, isPending, field } = useCheckedForm({
    schema: followerSchema,
    action,
    defaultValues: { userId: "" },
    onSuccess: (_data, form) => form.reset({ userId: "" }),
  });
  if (!candidates.length) return <p className="text-sm text-slate-600">{t("everyoneFollows")}</p>;
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <FormMessage message={formError} />
      <SelectField
        label={t("colleague")}
        hint={t("colleagueHint")}
        placeholder={t("choose")}
        options={candidates.map((candidate) => ({
          value: candidate.id,
          label: `${personName(candidate)} (${candidate.email})`,
        }))}
        {...field("userId")}
      />
      <SubmitButton variant="secondary" pending={isPending} className="self-start">
        {t("add")}
      </SubmitButton>
    </form>
  );
}

function RemoveFollower({ follower, action }: { follower: Follower; action: FormAction<void> }) {
  const t = useTranslations("portal.ticket.followers");
  const { formProps, formError, isPending } = useCheckedForm({
    schema: followerSchema,
    action,
    defaultValues: { userId: follower.id },
  });
  return (
    <form {...formProps} className="flex flex-col items-end gap-1">
      <input type="hidden" name="userId" value={follower.id} />
      <SubmitButton
        variant="ghost"
        size="sm"
        pending={isPending}
        pendingLabel={t("removing")}
        aria-label={t("removeName", { name: personName(follower) })}
      >
        {t("remove")}
      </SubmitButton>
      <FormMessage message={formError} />
    </form>
  );
}
