import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonClasses, type ButtonSize, type ButtonVariant } from "./button";

export type LinkButtonProps = ComponentProps<typeof Link> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  fullWidth?: boolean;
};

/** A link (it navigates) styled as a button. Use Button for actions. */
export function LinkButton({
  variant = "secondary",
  size,
  fullWidth,
  className,
  ...props
}: LinkButtonProps) {
  return <Link className={buttonClasses({ variant, size, fullWidth, className })} {...props} />;
}
