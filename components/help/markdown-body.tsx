import { renderMarkdown } from "./render-markdown";
import { cn } from "@/components/ui/cn";

/** An article body: Markdown through the one sanitizing renderer (the only place its HTML is inserted). */
export function MarkdownBody({ source, className, testId }: { source: string; className?: string; testId?: string }) {
  return (
    <div
      className={cn("help-markdown space-y-3 leading-relaxed break-words", className)}
      data-testid={testId}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
