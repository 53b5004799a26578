import { Card, CardBody } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";

/** The body of a 404 page, for not-found.tsx files inside a shell or wrapped in one. */
export function NotFoundPanel() {
  return (
    <Card>
      <CardBody className="flex flex-col gap-4 py-8 text-center">
        <p className="text-sm font-semibold tracking-wider text-brand-700 uppercase">Error 404</p>
        <h1 className="text-2xl font-bold text-navy-900">Page not found</h1>
        <p className="text-slate-600">
          The page you asked for does not exist, or you do not have access to it.
        </p>
        <div className="flex justify-center">
          <LinkButton href="/" variant="primary">
            Go to the start page
          </LinkButton>
        </div>
      </CardBody>
    </Card>
  );
}
