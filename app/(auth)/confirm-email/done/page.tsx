import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";

export const metadata: Metadata = { title: "Email address confirmed" };

/** Where "Confirm email" lands, with or without JavaScript (the used link can't show it). */
export default function EmailConfirmedPage() {
  return (
    <Card as="section" aria-labelledby="confirm-heading">
      <CardHeader id="confirm-heading" level={1} title="Confirm email address" />
      <CardBody className="flex flex-col gap-4">
        <Alert tone="success" title="Your email address is confirmed">
          You can now log in to the CLICO Support System.
        </Alert>
        <LinkButton href="/login" size="lg">
          Log in
        </LinkButton>
      </CardBody>
    </Card>
  );
}
