/** Chat picture limits, shared by the upload check and the widget (which refuses early, in the browser). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/**
 * Decoding costs memory by pixels, not by bytes: a 5-MB PNG may claim 30,000 × 30,000. 50 megapixels still takes a
 * phone's full-resolution photo (48–50 MP sensors).
 */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** The long side of a stored picture: a screenshot or a photographed document stays legible, a photo stays small. */
export const MAX_IMAGE_SIDE = 2048;
