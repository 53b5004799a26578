import type { Metadata } from "next";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

export const metadata: Metadata = { title: "Forgot my password" };

export default function ForgotPasswordPage() {
  return (
    <Card as="section" aria-labelledby="forgot-heading">
      <CardHeader
        id="forgot-heading"
        level={1}
        title="Forgot my password"
        description="Enter the email address of your account and we will send you a link to set a new password."
      />
      <CardBody>
        <ForgotPasswordForm />
      </CardBody>
      <CardFooter className="text-sm text-slate-600">
        Remembered it? <TextLink href="/login">Back to log in</TextLink>
      </CardFooter>
    </Card>
  );
}
