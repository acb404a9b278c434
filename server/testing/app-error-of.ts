import { AppError } from "@/server/domain/errors";

/** The domain error a call must end with; any other outcome fails the test. */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the call to fail with a domain error");
}
