import { Button, Heading, Link, Section, Text } from "@react-email/components";
import type { Locale } from "@/lib/i18n/locales";
import { EmailLayout, emailBrandColor } from "./email-layout";

export type ActionEmailProps = {
  /** The recipient's language: the frame's words and <html lang>; the caller writes the rest. */
  locale: Locale;
  preview: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  code?: string;
  footnote?: string;
};

const styles = {
  heading: { fontSize: "22px", lineHeight: "30px", margin: "0 0 16px", color: "#111827" },
  paragraph: { fontSize: "15px", lineHeight: "24px", margin: "0 0 14px" },
  button: {
    backgroundColor: emailBrandColor,
    color: "#ffffff",
    borderRadius: "6px",
    padding: "12px 22px",
    fontSize: "15px",
    fontWeight: 700,
    textDecoration: "none",
  },
  fallback: {
    fontSize: "13px",
    lineHeight: "20px",
    color: "#52606d",
    margin: "16px 0 0",
    wordBreak: "break-all",
  },
  code: {
    display: "inline-block",
    fontFamily: "'Courier New', Courier, monospace",
    fontSize: "32px",
    fontWeight: 700,
    letterSpacing: "6px",
    backgroundColor: "#eef3f8",
    border: "1px solid #c9d6e3",
    borderRadius: "6px",
    padding: "12px 20px",
    margin: 0,
  },
  footnote: { fontSize: "13px", lineHeight: "20px", color: "#6b7785", margin: "20px 0 0" },
} as const;

/**
 * The one template for confirmation links, reset links, login codes and ticket notifications.
 * The link is repeated as plain text so it survives clients that strip buttons (and the text part).
 */
export function ActionEmail({
  locale,
  preview,
  heading,
  paragraphs,
  action,
  code,
  footnote,
}: ActionEmailProps) {
  return (
    <EmailLayout preview={preview} locale={locale}>
      <Heading as="h1" style={styles.heading}>
        {heading}
      </Heading>
      {paragraphs.map((paragraph, index) => (
        <Text key={index} style={styles.paragraph}>
          {paragraph}
        </Text>
      ))}
      {code ? (
        <Section style={{ textAlign: "center", margin: "8px 0 18px" }}>
          <Text style={styles.code}>{code}</Text>
        </Section>
      ) : null}
      {action ? (
        <Section style={{ margin: "8px 0 4px" }}>
          <Button href={action.url} style={styles.button} data-skip-in-text="true">
            {action.label}
          </Button>
          <Text style={styles.fallback}>
            {action.label}: <Link href={action.url}>{action.url}</Link>
          </Text>
        </Section>
      ) : null}
      {footnote ? <Text style={styles.footnote}>{footnote}</Text> : null}
    </EmailLayout>
  );
}
