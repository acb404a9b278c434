/** Upload limits for banner pictures, shared by the upload check and the form (which refuses early, in the browser). */
export const MAX_BANNER_IMAGE_BYTES = 3 * 1024 * 1024;
export const BANNER_IMAGE_LIMITS = { maxSide: 6000, minWidth: 320 } as const;
/** Rendition widths: the desktop hero and a 2× phone screen. Never upscaled. */
export const BANNER_RENDITION_WIDTHS = { desktop: 1200, phone: 640 } as const;
