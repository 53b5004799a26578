import type { ReactNode } from "react";
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

const brand = "#0b4f8a";

const styles = {
  body: {
    backgroundColor: "#f3f5f8",
    fontFamily: "Arial, Helvetica, sans-serif",
    color: "#1f2933",
    margin: 0,
    padding: "24px 0",
  },
  container: {
    maxWidth: "560px",
    margin: "0 auto",
    backgroundColor: "#ffffff",
    border: "1px solid #dde3ea",
    borderRadius: "8px",
    overflow: "hidden",
  },
  header: { backgroundColor: brand, padding: "18px 28px" },
  headerText: {
    color: "#ffffff",
    fontSize: "18px",
    fontWeight: 700,
    margin: 0,
    letterSpacing: "0.2px",
  },
  content: { padding: "28px" },
  hr: { borderColor: "#dde3ea", margin: 0 },
  footer: { padding: "16px 28px" },
  footerText: { color: "#6b7785", fontSize: "12px", lineHeight: "18px", margin: 0 },
} as const;

/**
 * CLICO's frame for every email: branded header, white card, maintenance contact in the footer,
 * in the recipient's language.
 */
export function EmailLayout({
  preview,
  locale,
  children,
}: {
  preview: string;
  locale: Locale;
  children: ReactNode;
}) {
  const t = translatorFor(locale, "emails");
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section style={styles.header}>
            <Text style={styles.headerText}>CLICO Support System</Text>
          </Section>
          <Section style={styles.content}>{children}</Section>
          <Hr style={styles.hr} />
          <Section style={styles.footer}>
            <Text style={styles.footerText}>{t("layoutFooter")}</Text>
            <Text style={styles.footerText}>{t("layoutAutomatic")}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export const emailBrandColor = brand;
