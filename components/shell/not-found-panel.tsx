import { LinkButton } from "@/components/ui/link-button";
import { NotFoundBody } from "./not-found-body";

/** The body of a 404 page, for not-found.tsx files inside a shell or wrapped in one. */
export function NotFoundPanel() {
  return (
    <NotFoundBody
      startLink={
        <LinkButton href="/" variant="primary">
          Go to the start page
        </LinkButton>
      }
    />
  );
}
