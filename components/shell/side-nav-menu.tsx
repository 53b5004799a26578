"use client";

import { usePathname } from "next/navigation";
import {
  Children,
  cloneElement,
  isValidElement,
  useState,
  type ReactElement,
  type ReactNode,
} from "react";

type LinkElement = ReactElement<{ href: string; className?: string; "aria-current"?: "page" }>;

/** How much of the path the link's href (or one of its sections) covers: 0 when none. */
function matchLength(pathname: string, prefixes: string[]): number {
  const matching = prefixes.filter(
    (prefix) => pathname === prefix || (prefix !== "/" && pathname.startsWith(`${prefix}/`)),
  );
  return Math.max(0, ...matching.map((prefix) => prefix.length));
}

const LINK = "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors";
const LINK_CURRENT = "bg-navy-900 text-white shadow-sm";
const LINK_OTHER = "text-slate-700 hover:bg-navy-50 hover:text-navy-900";

/** SideNav's menu: the phone's "Menu" button, and its links (`children`) marked current. */
export function SideNavMenu({
  label,
  menu,
  sections,
  children,
}: {
  label: string;
  /** The phone's button's word. */
  menu: string;
  /** By link href: other paths that belong to its section (see NavEntry). */
  sections: Record<string, string[]>;
  children: ReactNode;
}) {
  const pathname = usePathname();
  // Remember on which page the menu was opened: navigating closes it, as a phone user who
  // picked an item wants to see the page, not the menu.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const links = Children.toArray(children).filter((child): child is LinkElement =>
    isValidElement(child),
  );

  // The longest match wins, so /tickets/new does not also mark /tickets, and a ticket opened
  // from the queue (/staff/tickets/…) marks Queue rather than the Dashboard at /staff.
  const scored = links
    .map((link) => ({
      href: link.props.href,
      length: matchLength(pathname, [link.props.href, ...(sections[link.props.href] ?? [])]),
    }))
    .filter((entry) => entry.length > 0)
    .sort((a, b) => b.length - a.length);
  const current = scored[0]?.href;

  return (
    <nav aria-label={label} className="md:py-6">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="side-nav-list"
        onClick={() => setOpenOn(open ? null : pathname)}
        className="flex w-full items-center justify-between gap-2 border-b border-slate-200 bg-white px-4 py-3 text-sm font-semibold text-navy-900 md:hidden"
      >
        <span className="flex items-center gap-2">
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
            <path d="M3 5h14v1.5H3V5Zm0 4.25h14v1.5H3v-1.5Zm0 4.25h14V15H3v-1.5Z" />
          </svg>
          {menu}
        </span>
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          fill="currentColor"
          className={`size-4 transition-transform ${open ? "rotate-180" : ""}`}
        >
          <path d="M5.3 7.3 10 12l4.7-4.7 1.06 1.06L10 14.1 4.24 8.36 5.3 7.3Z" />
        </svg>
      </button>
      <ul
        id="side-nav-list"
        className={`${open ? "flex" : "hidden"} flex-col gap-1 border-b border-slate-200 bg-white p-3 md:flex md:border-0 md:bg-transparent md:p-0 md:px-3`}
      >
        {links.map((link) => {
          const active = link.props.href === current;
          return (
            <li key={link.key}>
              {cloneElement(link, {
                "aria-current": active ? "page" : undefined,
                className: `${LINK} ${active ? LINK_CURRENT : LINK_OTHER}`,
              })}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
