import type { Metadata } from "next";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Sign Up" };

export default function SignUpPage() {
  return (
    <Card as="section" aria-labelledby="sign-up-heading" className="w-full">
      <CardHeader
        id="sign-up-heading"
        level={1}
        title="Sign Up"
        description="Create your CLICO Support System account. The contract you enter is activated on it automatically."
      />
      <CardBody>
        <SignUpForm />
      </CardBody>
      <CardFooter className="text-sm text-slate-600">
        Already have an account? <TextLink href="/login">Log in</TextLink>
      </CardFooter>
    </Card>
  );
}
