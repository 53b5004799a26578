import { LinkButton } from "./link-button";

/** "Previous/Next" links of a keyset-paginated list; either side shows only when it exists. */
export function KeysetPager({
  previousHref,
  nextHref,
  previousLabel = "← Newer",
  nextLabel = "Older →",
}: {
  previousHref: string | null;
  nextHref: string | null;
  previousLabel?: string;
  nextLabel?: string;
}) {
  return (
    <nav aria-label="Pages" className="mt-4 flex justify-between gap-2">
      {previousHref ? (
        <LinkButton href={previousHref} size="sm">
          {previousLabel}
        </LinkButton>
      ) : (
        <span />
      )}
      {nextHref ? (
        <LinkButton href={nextHref} size="sm">
          {nextLabel}
        </LinkButton>
      ) : null}
    </nav>
  );
}
