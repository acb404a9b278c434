// Apart from staff-profile.ts's zod schemas: the staff form imports these, and zod would weigh on its first load.

/** What an operator can be routed: one skill per kind of chat. */
export const STAFF_SKILLS = ["support", "sales"] as const;
export type StaffSkill = (typeof STAFF_SKILLS)[number];
export const isStaffSkill = (value: string): value is StaffSkill => (STAFF_SKILLS as readonly string[]).includes(value);

export const CHAT_LIMIT_MIN = 1;
export const CHAT_LIMIT_MAX = 20;
export const DEFAULT_CHAT_LIMIT = 4;
/** Staff see subscribers' data, so their first password is longer than a subscriber's minimum. */
export const STAFF_PASSWORD_MIN_LENGTH = 10;
