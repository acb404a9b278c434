import type { Translate } from "@/i18n/translator";
import type { ErrorBody } from "@/server/http/error-response";

/** Why a picture was not sent: a refusal the widget can explain (with the server's limit), or a failure. */
export type UploadRefusal = "rejected" | "failed" | { maxPixels: number };

/** The refusal in an upload's answer, or null when the picture was sent. */
export async function uploadRefusal(response: Response): Promise<UploadRefusal | null> {
  if (response.ok) return null;
  if (response.status !== 400 && response.status !== 413) return "failed";
  const body = (await response.json().catch(() => null)) as Partial<ErrorBody> | null;
  const details = body?.error?.details;
  return details?.reason === "tooManyPixels" ? { maxPixels: Number(details.maxPixels) } : "rejected";
}

export function uploadRefusalText(refusal: UploadRefusal, t: Translate): string {
  if (refusal === "failed") return t("errors.INTERNAL");
  if (refusal === "rejected") return t("chat.imageRejected");
  return t("chat.imageTooManyPixels", { megapixels: Math.floor(refusal.maxPixels / 1_000_000) });
}
