// Highlighted snippets as data, not HTML: ts_headline wraps matches in two control characters
// (removed from the article text before highlighting, so they cannot come from an article),
// and parseHeadline turns that into segments the UI renders as plain text and <mark>.

export interface SnippetSegment {
  text: string;
  highlighted: boolean;
}

/** STX / ETX: never typed in article text; private-use characters are dropped by ts_headline. */
export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_STOP = "\u0003";
/** Passed to SQL translate() to strip the markers from the source text. */
export const HIGHLIGHT_MARKERS = HIGHLIGHT_START + HIGHLIGHT_STOP;

const markers = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}"`;
/** Titles are short: highlight every match in the whole title. */
export const TITLE_HEADLINE_OPTIONS = `${markers}, HighlightAll=true`;
/** Bodies: up to two fragments around the matches. */
export const BODY_HEADLINE_OPTIONS = `${markers}, MaxFragments=2, MaxWords=18, MinWords=8, FragmentDelimiter=" … "`;

/**
 * Splits ts_headline output into segments. Whitespace (paragraph breaks included) is collapsed,
 * adjacent segments of the same kind are merged, stray or nested markers are tolerated.
 */
export function parseHeadline(raw: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let highlighted = false;
  let text = "";
  const flush = () => {
    if (text) push(segments, { text, highlighted });
    text = "";
  };
  for (const char of raw.replace(/\s+/g, " ").trim()) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_STOP) {
      flush();
      highlighted = char === HIGHLIGHT_START;
    } else {
      text += char;
    }
  }
  flush();
  return segments;
}

function push(segments: SnippetSegment[], segment: SnippetSegment) {
  const last = segments.at(-1);
  if (last && last.highlighted === segment.highlighted) last.text += segment.text;
  else segments.push(segment);
}

/** A plain lead-in for listings without a query: the first words of the text, cut at a word. */
export function leadSnippet(text: string, maxChars = 180): SnippetSegment[] {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxChars) return flat ? [{ text: flat, highlighted: false }] : [];
  const cut = flat.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(" ");
  return [
    { text: `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:—-]+$/, "")}…`, highlighted: false },
  ];
}
