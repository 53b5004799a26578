import { useTranslations } from "next-intl";
import { LinkButton } from "./link-button";

type Labels = { first?: string; previous?: string; next?: string };

/**
 * The pages of a keyset-paginated list: "first" (for lists that page forwards only), "previous"
 * and "next" links, each shown only when it leads somewhere.
 */
export function KeysetPager({
  firstHref = null,
  previousHref = null,
  nextHref,
  labels = {},
}: {
  firstHref?: string | null;
  previousHref?: string | null;
  nextHref: string | null;
  labels?: Labels;
}) {
  const t = useTranslations("ui.pager");
  const links = [
    { href: firstHref, label: labels.first ?? t("first") },
    { href: previousHref, label: labels.previous ?? t("newer") },
    { href: nextHref, label: labels.next ?? t("older") },
  ].filter((link): link is { href: string; label: string } => Boolean(link.href));
  return (
    <nav aria-label={t("label")} className="mt-4 flex gap-2">
      {links.map((link) => (
        <LinkButton key={link.label} href={link.href} variant="secondary" size="sm">
          {link.label}
        </LinkButton>
      ))}
    </nav>
  );
}

/** A list page's URL with its filters and a cursor, leaving out empty values. */
export function listHref(
  path: string,
  params: Record<string, string | number | string[] | null | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== "") search.append(key, String(item));
    }
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
