import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { NavKey } from "./navigation";
import { SideNavMenu } from "./side-nav-menu";

export type NavItem = { href: string; key: NavKey; icon?: ReactNode; sections?: string[] };

/**
 * The left navigation panel. On a phone it collapses behind a "Menu" button; from the `md`
 * breakpoint it is always shown. The current item carries aria-current="page".
 *
 * The links are rendered here, on the server, and marked current by SideNavMenu in the browser:
 * a client component importing next/link carries its own copy of next/link's client code
 * (~4 kB gzip) into the first load of every page of the layout.
 */
export function SideNav({ items }: { items: NavItem[] }) {
  const t = useTranslations("shell.nav");
  return (
    <SideNavMenu
      label={t("label")}
      menu={t("menu")}
      sections={Object.fromEntries(items.map((item) => [item.href, item.sections ?? []]))}
    >
      {items.map((item) => (
        <Link key={item.href} href={item.href}>
          {item.icon ? (
            <span aria-hidden="true" className="flex size-5 shrink-0 items-center justify-center">
              {item.icon}
            </span>
          ) : null}
          <span>{t(item.key)}</span>
        </Link>
      ))}
    </SideNavMenu>
  );
}
