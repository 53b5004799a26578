import type { ReactNode } from "react";
import { DraftScope } from "@/components/forms/use-draft";
import { Brand } from "./brand";
import { LanguageSwitch } from "./language-switch";
import { SideNav, type NavItem } from "./side-nav";
import { SiteFooter } from "./site-footer";
import { SessionTimeout } from "./session-timeout";
import { SkipLink } from "./skip-link";
import { UserArea, type ShellUser } from "./user-area";

export type AppShellProps = {
  /** The signed-in user, shown top right; null/undefined shows nobody. */
  user?: ShellUser | null;
  /** Left navigation panel items; the current one is marked from the URL. */
  nav: NavItem[];
  /** Page actions in the top-right area (e.g. "Register contract", new-ticket shortcuts). */
  actions?: ReactNode;
  /** The "Sign out" form, shown next to the user. */
  signOut?: ReactNode;
  /**
   * The signed-in session: whose drafts the pages keep, and its seconds left, for the warning
   * before the idle timeout (lib/auth/actor.ts getSessionSecondsLeft).
   */
  session?: { owner: string; secondsLeft: number };
  children: ReactNode;
};

/**
 * The signed-in layout: header (brand, actions, the language switch, user), left navigation,
 * main, footer.
 */
export function AppShell({ user, nav, actions, signOut, session, children }: AppShellProps) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="on-dark bg-navy-900 text-white shadow-sm">
        <div className="h-1 bg-brand-600" aria-hidden="true" />
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
          <Brand />
          <div className="flex flex-wrap items-center justify-end gap-x-5 gap-y-3">
            {actions ? (
              <div className="flex items-center gap-2" data-slot="page-actions">
                {actions}
              </div>
            ) : null}
            <LanguageSwitch />
            {user ? <UserArea user={user} signOut={signOut} /> : signOut}
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col md:flex-row">
        <aside className="md:w-60 md:shrink-0 md:border-r md:border-slate-200">
          <SideNav items={nav} />
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 sm:px-6 md:py-8">
          {session ? <DraftScope owner={session.owner}>{children}</DraftScope> : children}
        </main>
      </div>
      <SiteFooter />
      {session ? <SessionTimeout secondsLeft={session.secondsLeft} /> : null}
    </div>
  );
}
