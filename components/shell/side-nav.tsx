import Link from "next/link";
import type { ReactNode } from "react";
import { SideNavMenu } from "./side-nav-menu";

export type NavItem = { href: string; label: string; icon?: ReactNode; sections?: string[] };

/**
 * The left navigation panel. On a phone it collapses behind a "Menu" button; from the `md`
 * breakpoint it is always shown. The current item carries aria-current="page".
 *
 * The links are rendered here, on the server, and marked current by SideNavMenu in the browser:
 * a client component importing next/link carries its own copy of next/link's client code
 * (~4 kB gzip) into the first load of every page of the layout.
 */
export function SideNav({ items, label = "Main" }: { items: NavItem[]; label?: string }) {
  return (
    <SideNavMenu
      label={label}
      sections={Object.fromEntries(items.map((item) => [item.href, item.sections ?? []]))}
    >
      {items.map((item) => (
        <Link key={item.href} href={item.href}>
          {item.icon ? (
            <span aria-hidden="true" className="flex size-5 shrink-0 items-center justify-center">
              {item.icon}
            </span>
          ) : null}
          <span>{item.label}</span>
        </Link>
      ))}
    </SideNavMenu>
  );
}
