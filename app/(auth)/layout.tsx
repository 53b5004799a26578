import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PublicShell } from "@/components/shell/public-shell";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["shell", "ui", "validation", "errors", "auth"]}>
      <PublicShell>{children}</PublicShell>
    </ClientMessages>
  );
}
