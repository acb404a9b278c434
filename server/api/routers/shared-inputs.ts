import { z } from "zod";

/** One key per confirmed action: a retry or double click reuses it and changes nothing twice. */
export const idempotencyKey = z
  .string()
  .min(16)
  .max(100)
  .regex(/^[\w-]+$/);
export const entityId = z.string().min(1).max(64);
export const pageKey = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w./-]+$/)
  .optional();
