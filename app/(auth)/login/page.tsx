import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { safeReturnPath } from "@/lib/http/return-path";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Log in" };

/**
 * `?returnTo=`: where to land after logging in (lib/http/return-path). `?session=ended`: sent
 * here by the signed-in page whose session ended (components/shell/session-timeout.tsx).
 */
export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ returnTo?: string | string[]; session?: string | string[] }>;
}) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.returnTo) ?? undefined;
  const sessionEnded = params.session === "ended";
  return (
    <div className="flex flex-col gap-6">
      <Card as="section" aria-labelledby="login-heading">
        <CardHeader
          id="login-heading"
          level={1}
          title="Log in"
          description="Use the Login and Password of your CLICO Support System account. Users moved from CLICO TAC log in with their email address."
        />
        <CardBody className="flex flex-col gap-5">
          {sessionEnded ? (
            <Alert tone="info">Your session ended. Log in again to continue.</Alert>
          ) : null}
          <LoginForm returnTo={returnTo} />
        </CardBody>
        <CardFooter className="flex flex-col items-center gap-3 text-center sm:flex-row sm:justify-between sm:text-left">
          <p className="text-slate-600">New to the CLICO Support System?</p>
          <LinkButton href="/sign-up" variant="secondary">
            Sign Up
          </LinkButton>
        </CardFooter>
      </Card>
      <p className="px-2 text-center text-sm text-slate-600">
        After your Login and Password we email you a verification code to finish logging in.
      </p>
    </div>
  );
}
