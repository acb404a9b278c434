import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { ArrowLeft } from "lucide-react";

/** "← Back to …" with a drawn arrow: a font's arrow glyph may be missing or out of line. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="inline-flex items-center gap-1 text-sm text-brand-ink hover:underline">
      <ArrowLeft className="size-4 shrink-0" />
      {children}
    </Link>
  );
}
