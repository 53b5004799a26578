import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";

export const metadata: Metadata = { title: "Password has been changed" };

/** Where a successful reset lands, with or without JavaScript (the used link can't show it). */
export default function PasswordChangedPage() {
  return (
    <Card as="section" aria-labelledby="reset-heading">
      <CardHeader id="reset-heading" level={1} title="Set a new password" />
      <CardBody>
        <div className="flex flex-col gap-4" role="status">
          <Alert tone="success" title="Password has been changed">
            You can now log in with your new password. For your safety, every other session of your
            account has been signed out.
          </Alert>
          <LinkButton href="/login" size="lg">
            Log in
          </LinkButton>
        </div>
      </CardBody>
    </Card>
  );
}
