import { simulatedFile } from "@/server/channels/telegram/messenger-simulator";
import { answerErrors } from "@/server/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Demo mode only (404 otherwise): a picture in the simulated Telegram chat, from the fake Bot API. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return answerErrors("dev.messenger_file", async () => simulatedFile((await params).path.join("/")));
}
