/** A file to download: private to the signed-in reader, never cached, never sniffed as something else. */
function download(body: BodyInit, type: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export function csvDownload(body: string, fileName: string): Response {
  return download(body, "text/csv; charset=utf-8", fileName);
}

export function pdfDownload(body: Buffer, fileName: string): Response {
  return download(new Uint8Array(body), "application/pdf", fileName);
}
