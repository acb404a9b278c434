import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * Next's Link without prefetching a link as it scrolls into view. Every page of the portal is rendered per request
 * (per person and language), so such a prefetch brings only the route tree and metadata and the click still asks the
 * server for the page; on /account that was eight requests per view, about as much server time as the page itself.
 * A link that would gain from it can still say `prefetch`.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
