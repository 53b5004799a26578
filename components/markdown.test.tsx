import { renderToStaticMarkup } from "react-dom/server";
import { InEnglish } from "@/test/intl";
import { describe, expect, it } from "vitest";
import { Markdown, MARKDOWN_CACHE, markdownTree } from "./markdown";

const html = (text: string) =>
  renderToStaticMarkup(
    <InEnglish>
      <Markdown>{text}</Markdown>
    </InEnglish>,
  );

describe("Markdown", () => {
  it("renders Markdown with line breaks kept, raw HTML skipped and links opened safely", () => {
    const out = html(
      "**FortiOS** 7.4\nline two\n\n<script>alert(1)</script>\n\n[docs](https://docs.fortinet.com)",
    );
    expect(out).toContain("<strong>FortiOS</strong> 7.4<br/>");
    expect(out).not.toContain("<script>");
    expect(out).toContain(
      'href="https://docs.fortinet.com" rel="noopener noreferrer nofollow" target="_blank"',
    );
  });

  it("renders a fenced block as one keyboard-scrollable code block, without inline-code styling", () => {
    const out = html(
      "Output:\n\n```\nFGT # diagnose vpn tunnel list\nname=to-branch <up> `x`\n```\n\nand `inline`",
    );
    expect(out).toContain(
      '<pre tabindex="0" role="group" aria-label="Code block" class="overflow-x-auto',
    );
    expect(out).toContain(
      "<code>FGT # diagnose vpn tunnel list\nname=to-branch &lt;up&gt; `x`</code></pre>",
    );
    // inline code keeps its own look
    expect(out).toMatch(/<code class="[^"]*bg-slate-100[^"]*">inline<\/code>/);
    // "Copy" needs JavaScript: the server's HTML is the plain block
    expect(out).not.toContain("<button");
  });

  it("names a block by the language of its fence", () => {
    expect(html("```bash\nexec ping 10.0.0.1\n```")).toContain('aria-label="Code block (bash)"');
  });

  it("parses a text once: the second view gets the same tree and the same HTML", () => {
    const text = `show tech-support ${Math.random()}\n\n\`\`\`\nconfig system global\n\`\`\``;
    const first = markdownTree(text);
    expect(markdownTree(text)).toBe(first);
    expect(html(text)).toBe(html(text));
  });

  it("keeps at most its number of texts, dropping the least recently used", () => {
    const oldest = `oldest ${Math.random()}`;
    const kept = markdownTree(oldest);
    const shown = html(oldest);
    for (let i = 0; i < MARKDOWN_CACHE.entries; i++) markdownTree(`filler ${i} ${Math.random()}`);
    expect(markdownTree(oldest)).not.toBe(kept);
    expect(html(oldest)).toBe(shown);
  });

  it("does not keep a text longer than its limit", () => {
    const long = "x".repeat(MARKDOWN_CACHE.maxLength + 1);
    expect(markdownTree(long)).not.toBe(markdownTree(long));
  });
});
