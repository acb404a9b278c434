import type { SnippetSegment } from "@/server/domain/help/snippet";

/** Search matches as <mark>; every segment is rendered as text, never as HTML. */
export function HighlightedText({ segments }: { segments: SnippetSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.highlighted ? (
          <mark key={i} className="rounded-sm bg-warning-soft px-0.5 text-inherit">
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}
