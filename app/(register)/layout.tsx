import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PublicShell } from "@/components/shell/public-shell";

/** Sign Up is a longer form than the other public pages: a wider column. */
export default function RegisterLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["shell", "ui", "validation", "errors", "auth"]}>
      <PublicShell width="wide">
        <div className="mx-auto w-full max-w-3xl">{children}</div>
      </PublicShell>
    </ClientMessages>
  );
}
