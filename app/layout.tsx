import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { getLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "CLICO Support System", template: "%s — CLICO Support System" },
  description: "First-line technical support for the security products distributed by CLICO.",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  themeColor: "#0d1d38",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: proxy.ts puts a fresh CSP nonce on each one, and Next
  // can only apply it to its scripts while rendering (a prerendered page would have none).
  await connection();
  return (
    <html lang={await getLocale()}>
      <body>
        <ClientMessages namespaces={["shell", "ui", "validation"]}>{children}</ClientMessages>
      </body>
    </html>
  );
}
