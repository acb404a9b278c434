import { Fragment } from "react";

export type TextPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

const URL_LIKE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Sentence punctuation right after a link belongs to the sentence, not the address.
const TRAILING = /[.,;:!?)\]}»”'"]+$/;

/** Only absolute http(s) addresses become links; anything else (javascript:, data:, …) stays text. */
function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Splits a message into plain text and links; joining the parts' text gives the message back unchanged. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let rest = 0;
  const push = (part: TextPart) => {
    const last = parts.at(-1);
    if (part.kind === "text" && last?.kind === "text") last.text += part.text;
    else if (part.text) parts.push(part);
  };
  for (const match of text.matchAll(URL_LIKE)) {
    const raw = match[0].replace(TRAILING, "");
    const start = match.index;
    const href = safeHref(raw);
    push({ kind: "text", text: text.slice(rest, start) });
    push(href ? { kind: "link", text: raw, href } : { kind: "text", text: raw });
    rest = start + raw.length;
  }
  push({ kind: "text", text: text.slice(rest) });
  return parts;
}

/** Message text as text (React escapes it), with safe links opening in a new tab without access to this page. */
export function SafeText({ text }: { text: string }) {
  return (
    <span className="whitespace-pre-wrap break-words [overflow-wrap:anywhere]">
      {splitLinks(text).map((part, i) =>
        part.kind === "link" ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer" className="underline">
            {part.text}
          </a>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </span>
  );
}
