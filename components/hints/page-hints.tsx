import { createServerCaller } from "@/server/api/server-caller";
import { ContextHints } from "./context-hints";

/**
 * The page's hints, chosen (and counted as shown) while the page renders on the server: they are in its
 * first paint, so nothing moves under the reader's finger when they arrive. A refusal elsewhere on the
 * page shows up in them after `router.refresh()`.
 */
export async function PageHints({ page }: { page: string }) {
  const hints = await (await createServerCaller()).hints.forPage({ page });
  return <ContextHints page={page} hints={hints} />;
}
