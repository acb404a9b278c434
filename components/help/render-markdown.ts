import MarkdownIt from "markdown-it";

/**
 * The one Markdown renderer of help articles: the public pages and the editor's live preview.
 * markdown-it with `html: false` escapes any raw HTML an article holds, its link validator drops
 * javascript:, vbscript:, file: and data: addresses, and images are off (an article links, it does
 * not load pictures from elsewhere), so whatever is typed renders inert.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false }).disable(["image"]);

const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));

// Links leaving the site open without handing it the opener or the referrer.
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const href = String(token?.attrGet("href") ?? "");
  if (token && (!href.startsWith("/") || href.startsWith("//"))) {
    token.attrSet("rel", "noopener noreferrer nofollow");
    token.attrSet("target", "_blank");
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
