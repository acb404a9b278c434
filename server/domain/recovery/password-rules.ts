import { AppError } from "@/server/domain/errors";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * The one rule for a new password, shared by recovery, change and the forms (which check it first).
 * A plain length check, not a zod schema: the forms import it, and zod would weigh on their pages' first load.
 */
export function isAcceptablePassword(password: string): boolean {
  return password.length >= PASSWORD_MIN_LENGTH && password.length <= PASSWORD_MAX_LENGTH;
}

export function assertAcceptablePassword(password: string): void {
  if (!isAcceptablePassword(password)) {
    throw new AppError("WEAK_PASSWORD", { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
  }
}
