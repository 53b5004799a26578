import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "./cn";

/** An inline text link in the product's link colour. */
export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return (
    <Link
      className={cn(
        "font-medium text-navy-700 underline decoration-navy-300 hover:text-brand-700 hover:decoration-brand-500",
        className,
      )}
      {...props}
    />
  );
}
