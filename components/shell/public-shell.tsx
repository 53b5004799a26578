import type { ReactNode } from "react";
import { Brand } from "./brand";
import { LanguageSwitch } from "./language-switch";
import { PublicFrame } from "./public-frame";

/**
 * The layout of pages seen before signing in (log in, sign up, password reset): header,
 * a centred column, footer. `width="wide"` for pages that are not a single form.
 */
export function PublicShell({
  children,
  width = "narrow",
}: {
  children: ReactNode;
  width?: "narrow" | "wide";
}) {
  return (
    <PublicFrame brand={<Brand />} aside={<LanguageSwitch />} width={width}>
      {children}
    </PublicFrame>
  );
}
