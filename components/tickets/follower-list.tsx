import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { personName } from "@/lib/format";
import type { Follower } from "@/lib/tickets/followers";

/** Who gets the ticket's emails: the requester first, then the colleagues following it. */
export function FollowerList({
  followers,
  action,
}: {
  followers: Follower[];
  /** What each follower but the requester gets beside the name (the customer's "Remove"). */
  action?: (follower: Follower) => ReactNode;
}) {
  const t = useTranslations("tickets.followers");
  return (
    <ul className="flex flex-col gap-3 text-sm" aria-label={t("label")}>
      {followers.map((follower) => (
        <li key={follower.id} className="flex items-start justify-between gap-3">
          <span className="min-w-0">
            <span className="block font-medium text-slate-900">
              {personName(follower)}
              {follower.isRequester ? (
                <span className="font-normal text-slate-500">{t("requester")}</span>
              ) : null}
            </span>
            <span className="block text-xs break-all text-slate-600">{follower.email}</span>
          </span>
          {!follower.isRequester && action ? action(follower) : null}
        </li>
      ))}
    </ul>
  );
}
