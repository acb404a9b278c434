/** Where a stored banner rendition is served (app/api/banners/images/[id]); ids never change, so the URL is cacheable. */
export function bannerImageUrl(attachmentId: string | null): string | null {
  return attachmentId === null ? null : `/api/banners/images/${encodeURIComponent(attachmentId)}`;
}
