import { AppError } from "./errors";

/**
 * The result of an update conditional on the version the editor's form read: when it matched nothing, someone saved
 * in between, and this save is refused (the one code for every editor) instead of overwriting their change.
 */
export function assertVersionClaimed(claimed: { count: number }): void {
  if (claimed.count === 0) throw new AppError("VERSION_CONFLICT");
}
