import { isAppError, type AppError } from "@/server/domain/errors";
import { logger } from "@/server/log";
import { httpStatusOf, type PublicErrorCode } from "./error-table";

/**
 * The one body of a route handler's error answer: the code the browser turns into localized text,
 * and the domain's details (field, reason, limits) when it gave any. Never a message: a message
 * would be English, and for unforeseen failures it could carry a query or a path.
 */
export interface ErrorBody {
  error: { code: PublicErrorCode; details?: NonNullable<AppError["details"]> };
}

/** An error answer with the status the error table gives the code. */
export function errorResponse(
  code: PublicErrorCode,
  details?: ErrorBody["error"]["details"],
  headers?: HeadersInit,
): Response {
  const body: ErrorBody = { error: details ? { code, details } : { code } };
  return Response.json(body, { status: httpStatusOf(code), headers });
}

/**
 * Runs a route handler's work: a domain refusal is answered by its row in the error table, anything
 * else is logged under `failure` and answered INTERNAL, with nothing of what went wrong.
 */
export async function answerErrors(failure: string, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error)) return errorResponse(error.code, error.details);
    logger.error({ error: String(error) }, failure);
    return errorResponse("INTERNAL");
  }
}
