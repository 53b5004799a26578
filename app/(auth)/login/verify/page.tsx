import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { findLoginCodeAddress } from "@/lib/auth/login";
import { LOGIN_CHALLENGE_COOKIE } from "@/lib/auth/session-policy";
import { safeReturnPath, withReturnTo } from "@/lib/http/return-path";
import { VerifyCodeForm } from "./_components/verify-code-form";

export const metadata: Metadata = { title: "Verification code" };

export default async function VerifyCodePage({
  searchParams,
}: {
  searchParams: Promise<{ returnTo?: string | string[] }>;
}) {
  const returnTo = safeReturnPath((await searchParams).returnTo) ?? undefined;
  const loginPage = withReturnTo("/login", returnTo);
  const challenge = (await cookies()).get(LOGIN_CHALLENGE_COOKIE);
  if (!challenge) redirect(loginPage);
  const address = await findLoginCodeAddress(challenge.value);
  return (
    <Card as="section" aria-labelledby="verify-heading">
      <CardHeader
        id="verify-heading"
        level={1}
        title="Check your email"
        description={
          <>
            Two-factor authentication is on: we sent a verification code to{" "}
            {address ? (
              <strong className="font-semibold text-navy-900">{address}</strong>
            ) : (
              "your email address"
            )}
            . Enter it to finish logging in.
          </>
        }
      />
      <CardBody>
        <VerifyCodeForm returnTo={returnTo} />
      </CardBody>
      <CardFooter className="text-sm text-slate-600">
        Wrong account? <TextLink href={loginPage}>Log in again</TextLink>
      </CardFooter>
    </Card>
  );
}
