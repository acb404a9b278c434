/** Markup and script payloads that must come out of every renderer as plain text. */
export const XSS_PAYLOADS = [
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  '"><svg onload=alert(1)>',
  '<a href="javascript:alert(1)">жми</a>',
];

/** The tags of rendered HTML (text content excluded), to check that none came from a payload. */
export function renderedTags(html: string): string[] {
  return html.match(/<[a-z][^>]*>/gi) ?? [];
}

/** Why html is not inert: a script-capable tag, an event handler or a javascript: address; null when inert. */
export function activeMarkup(html: string): string | null {
  for (const tag of renderedTags(html)) {
    if (/^<(script|svg|iframe|object|embed)\b/i.test(tag)) return tag;
    if (/\son[a-z]+\s*=/i.test(tag)) return tag;
    if (/\b(href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(tag)) return tag;
    if (/^<img\b/i.test(tag) && !/\bsrc="\/(?!\/)/.test(tag)) return tag; // only our own pictures
  }
  return null;
}

/** How React writes text into HTML: the payload shown literally. */
export function asHtmlText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}
