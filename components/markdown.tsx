import ReactMarkdown from "react-markdown";
import remarkBreaks from "remark-breaks";
import remarkGfm from "remark-gfm";

/**
 * Ticket descriptions and messages: Markdown (code blocks keep pasted CLI output and config
 * legible), single line breaks kept, raw HTML never rendered, links open safely.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-ticket text-sm leading-relaxed break-words text-slate-800">
      <ReactMarkdown
        skipHtml
        remarkPlugins={[remarkGfm, remarkBreaks]}
        components={{
          a: ({ href, children: text }) => (
            <a
              href={href}
              rel="noopener noreferrer nofollow"
              target="_blank"
              className="text-navy-700 underline"
            >
              {text}
            </a>
          ),
          pre: ({ children: code }) => (
            <pre className="my-2 overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs leading-5 text-slate-100">
              {code}
            </pre>
          ),
          code: ({ children: code, className }) => (
            <code
              className={
                className ??
                "rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] text-slate-900"
              }
            >
              {code}
            </code>
          ),
          p: ({ children: text }) => <p className="my-2 first:mt-0 last:mb-0">{text}</p>,
          ul: ({ children: items }) => <ul className="my-2 list-disc pl-5">{items}</ul>,
          ol: ({ children: items }) => <ol className="my-2 list-decimal pl-5">{items}</ol>,
          img: ({ alt }) => <span>[image: {alt}]</span>,
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
