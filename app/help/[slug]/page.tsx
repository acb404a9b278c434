import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { TRPCError } from "@trpc/server";
import { HelpArticleView } from "@/components/help/help-article-view";
import { createServerCaller } from "@/server/api/server-caller";
import { MAX_HELP_QUERY_LENGTH } from "@/server/domain/help/help-query";
import { ClientMessages } from "@/i18n/client-messages";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Once per request: the metadata and the page share the load, so the view is recorded once. */
const loadArticle = cache(async (slug: string, query: string) => {
  const caller = await createServerCaller();
  try {
    return await caller.help.article({ slug, query: query || undefined });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") {
      // An article's old address stays valid for good: 308 to where it lives now.
      const current = await caller.help.currentSlug({ slug });
      if (current) permanentRedirect(`/help/${current}${query ? `?q=${encodeURIComponent(query)}` : ""}`);
    }
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
});

async function readProps({ params, searchParams }: Props) {
  const { slug } = await params;
  const q = (await searchParams).q;
  const query = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, MAX_HELP_QUERY_LENGTH) ?? "";
  return { slug, query };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug, query } = await readProps(props);
  return { title: (await loadArticle(slug, query)).title };
}

export default async function HelpArticlePage(props: Props) {
  const { slug, query } = await readProps(props);
  return (
    <ClientMessages namespaces={["help"]}>
      <HelpArticleView article={await loadArticle(slug, query)} query={query} />
    </ClientMessages>
  );
}
