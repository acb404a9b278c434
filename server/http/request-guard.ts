import { isSameOrigin } from "./same-origin";

/**
 * Checks for requests that change state, shared by the POST routes under app/api.
 *
 * Cross-site rule (CSRF): session cookies are sent with requests another site makes the browser
 * send, so a POST is accepted only when it evidently comes from our own pages:
 * - with an Origin header, its host must be this request's host (Host, or X-Forwarded-Host from
 *   our proxy) — browsers always send Origin on cross-site POSTs and a page cannot forge it;
 * - without Origin, a browser's Sec-Fetch-Site must say same-origin or none (typed address);
 * - with neither header the client is not a browser (curl, a server, a test), which carries no
 *   victim's cookies by accident, so it is allowed.
 */
export function isSameSiteRequest(request: Request): boolean {
  if (request.headers.has("origin")) return isSameOrigin(request.headers);
  const fetchSite = request.headers.get("sec-fetch-site");
  return fetchSite === null || fetchSite === "same-origin" || fetchSite === "none";
}

/** JSON bodies only: a cross-site HTML form cannot send application/json without a CORS preflight. */
export function hasJsonBody(request: Request): boolean {
  const type = request.headers.get("content-type") ?? "";
  return /^application\/json\s*(;|$)/i.test(type);
}

/**
 * The body's bytes, or null when it is larger than maxBytes: refused on the declared length
 * before reading, and while reading, so a missing or lying Content-Length does not help.
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<Buffer | null> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return null;
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** A multipart or urlencoded form of at most maxBytes: "too-large", or null when it is no form. */
export async function readFormWithin(request: Request, maxBytes: number): Promise<FormData | "too-large" | null> {
  const body = await readBodyWithin(request, maxBytes);
  if (!body) return "too-large";
  const headers = { "content-type": request.headers.get("content-type") ?? "" };
  return new Response(new Uint8Array(body), { headers }).formData().catch(() => null);
}
