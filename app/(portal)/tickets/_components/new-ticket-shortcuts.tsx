import Link from "next/link";
import { useTranslations } from "next-intl";

const shortcuts: Array<{ href: string; label: "support" | "administrative"; icon: string }> = [
  {
    href: "/tickets/new?kind=support",
    label: "support",
    icon: "M4 5h16v10H4zM8 19h8M12 15v4M12 7v4M10 9h4",
  },
  {
    href: "/tickets/new",
    label: "administrative",
    icon: "M6 3h9l3 3v15H6zM9 10h6M9 14h6M9 18h4",
  },
];

/**
 * The two shortcut icons of the guide's "Ticket creation": both open "Create new ticket". Their
 * names show beside the icons on a wide screen; on a phone the tooltip and the accessible name
 * (aria-label, which the hidden text cannot give) remain.
 */
export function NewTicketShortcuts() {
  const t = useTranslations("portal.shortcuts");
  return (
    <div className="flex items-center gap-2">
      {shortcuts.map((shortcut) => (
        <Link
          key={shortcut.href}
          href={shortcut.href}
          aria-label={t(shortcut.label)}
          title={t(shortcut.label)}
          className="inline-flex h-10 min-w-10 items-center justify-center gap-2 rounded-md bg-brand-600 px-2.5 text-sm font-medium text-white shadow-sm hover:bg-brand-700"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
            className="size-5"
          >
            <path d={shortcut.icon} />
          </svg>
          <span className="hidden lg:inline">{t(shortcut.label)}</span>
        </Link>
      ))}
    </div>
  );
}
