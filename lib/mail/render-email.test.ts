import { describe, expect, it } from "vitest";
import { renderEmail } from "./render-email";
import { ActionEmail } from "./templates/action-email";

describe("renderEmail(ActionEmail)", () => {
  it("renders the branded HTML and a text version that keeps the link", async () => {
    const url = "https://support.clico.pl/reset-password?token=Zx81_q";
    const { html, text } = await renderEmail(
      ActionEmail({
        locale: "en",
        preview: "Reset your password",
        heading: "Reset your password",
        paragraphs: [
          "Someone asked to reset the password of your account.",
          "The link works for 30 minutes.",
        ],
        action: { label: "Choose a new password", url },
        footnote: "If it was not you, ignore this email.",
      }),
    );
    expect(html).toContain("CLICO Support System");
    expect(html).toContain("maintenance@clico.pl");
    expect(html).toContain(`href="${url}"`);
    expect(text).toContain(url);
    expect(text).toContain("Reset your password");
    expect(text).toContain("The link works for 30 minutes.");
    expect(text).toContain("maintenance@clico.pl");
    expect(text).toContain("If it was not you, ignore this email.");
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it("shows a login code prominently in both versions and escapes user text", async () => {
    const { html, text } = await renderEmail(
      ActionEmail({
        locale: "en",
        preview: "Your login code",
        heading: "Your login code",
        paragraphs: ["Hello <b>Anna</b>, enter this code to sign in."],
        code: "482913",
      }),
    );
    expect(html).toMatch(/font-size:32px[^>]*>482913</);
    expect(html).not.toContain("<b>Anna</b>");
    expect(text).toContain("482913");
  });

  it("writes its frame in the recipient's language", async () => {
    const { html, text } = await renderEmail(
      ActionEmail({ locale: "pl", preview: "Kod", heading: "Twój kod", paragraphs: [] }),
    );
    expect(html).toMatch(/<html[^>]* lang="pl"/);
    expect(text).toContain("Pytania lub problemy z portalem? Napisz na maintenance@clico.pl.");
    expect(text).not.toContain("Questions or problems");
  });
});
