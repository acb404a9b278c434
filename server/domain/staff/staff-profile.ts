import { z } from "zod";
import { StaffRole } from "@/server/generated/prisma/enums";
import { parseLoginIdentifier } from "@/server/auth/login-identifier";
import { PASSWORD_MAX_LENGTH } from "@/server/domain/recovery/password-rules";
import { AppError } from "@/server/domain/errors";
import {
  CHAT_LIMIT_MAX,
  CHAT_LIMIT_MIN,
  DEFAULT_CHAT_LIMIT,
  STAFF_PASSWORD_MIN_LENGTH,
  STAFF_SKILLS,
} from "./staff-limits";

const distinct = <T>(values: T[]) => [...new Set(values)];

/** The fields an administrator edits; the same rules for the form, the API and the domain. */
export const staffProfileSchema = z.object({
  fullName: z.string().trim().min(2).max(200),
  roles: z.array(z.enum(StaffRole)).min(1).max(Object.keys(StaffRole).length).transform(distinct),
  chatLimit: z.number().int().min(CHAT_LIMIT_MIN).max(CHAT_LIMIT_MAX),
  skills: z.array(z.enum(STAFF_SKILLS)).max(STAFF_SKILLS.length).transform(distinct),
});

export const newStaffSchema = staffProfileSchema.extend({
  // Stored the way the login form reads it, so the new member can sign in with any capitalisation.
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .refine((value) => parseLoginIdentifier(value)?.kind === "email"),
  password: z.string().min(STAFF_PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
  chatLimit: staffProfileSchema.shape.chatLimit.default(DEFAULT_CHAT_LIMIT),
});

export type StaffProfileInput = z.input<typeof staffProfileSchema>;
export type NewStaffInput = z.input<typeof newStaffSchema>;

/** Checks input in the domain as well, for callers other than the API; names the first bad field. */
export function parseStaffInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError("INVALID_INPUT", { field: String(parsed.error.issues[0]?.path[0] ?? "") });
}
