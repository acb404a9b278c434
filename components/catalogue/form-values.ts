import { TRPCClientError } from "@trpc/client";

/** Roubles as typed ("450", "450,5", "1 200.99") to kopecks; NaN when it is not an amount, so the server names the field. */
export function kopecksFrom(text: string): number {
  const normalized = text.replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return Number.NaN;
  return Math.round(Number(normalized) * 100);
}

/** Kopecks as the form shows them for editing: "450" or "450.50". */
export function roublesText(kopecks: number): string {
  return kopecks % 100 === 0 ? String(kopecks / 100) : (kopecks / 100).toFixed(2);
}

/** A whole number as typed; NaN otherwise. */
export function wholeFrom(text: string): number {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

/** Gigabytes as typed to megabytes (1 GB = 1024 MB); NaN when not a number with at most two decimals. */
export function mbFromGb(text: string): number {
  const normalized = text.trim().replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return Number.NaN;
  return Math.round(Number(normalized) * 1024);
}

/** Megabytes as the form shows them for editing: "10", "1.5". */
export function gbText(mb: number): string {
  return String(Math.round((mb / 1024) * 100) / 100);
}

/** The fields the server refused (schema paths and the field a domain check named), and its code. */
export function refusal(error: unknown): { code: string | null; fields: string[] } {
  if (!(error instanceof TRPCClientError)) return { code: null, fields: [] };
  const data = error.data as
    | {
        appCode?: string | null;
        fieldErrors?: Array<{ path: string }> | null;
        details?: { field?: string } | null;
      }
    | undefined;
  const fields = [...(data?.fieldErrors?.map((f) => f.path.split(".")[0] ?? "") ?? []), data?.details?.field ?? ""];
  return { code: data?.appCode ?? null, fields: [...new Set(fields.filter(Boolean))] };
}
