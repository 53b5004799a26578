import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export type ShellUser = { name: string; role: string };

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => part?.[0]?.toUpperCase() ?? "").join("") || "?";
}

/** Who is signed in, with room for the "Sign out" form. */
export function UserArea({ user, signOut }: { user: ShellUser; signOut?: ReactNode }) {
  const t = useTranslations("shell.user");
  return (
    <div className="flex items-center gap-3">
      <div className="flex items-center gap-2.5">
        <span
          aria-hidden="true"
          className="flex size-9 items-center justify-center rounded-full bg-navy-700 text-sm font-semibold text-white ring-1 ring-navy-500"
        >
          {initials(user.name)}
        </span>
        {/* on a phone the initials stand for the name, which screen readers still get */}
        <p className="flex flex-col text-sm leading-tight max-sm:sr-only">
          <span className="sr-only">{t("signedInAs")}</span>
          <span className="max-w-40 truncate font-semibold text-white">{user.name}</span>
          <span className="text-navy-200">
            <span className="sr-only">, </span>
            {user.role}
          </span>
        </p>
      </div>
      {signOut}
    </div>
  );
}
