/** Chat picture limits, shared by the upload check and the upload route (which stops reading past them). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
