import type { ReactNode } from "react";
import { Card, CardBody } from "@/components/ui/card";

/**
 * The body of a 404 page with its link to the start page given: NotFoundPanel's, and the root
 * not-found page's with a plain link (see PlainBrand).
 */
export function NotFoundBody({ startLink }: { startLink: ReactNode }) {
  return (
    <Card>
      <CardBody className="flex flex-col gap-4 py-8 text-center">
        <p className="text-sm font-semibold tracking-wider text-brand-700 uppercase">Error 404</p>
        <h1 className="text-2xl font-bold text-navy-900">Page not found</h1>
        <p className="text-slate-600">
          The page you asked for does not exist, or you do not have access to it.
        </p>
        <div className="flex justify-center">{startLink}</div>
      </CardBody>
    </Card>
  );
}
