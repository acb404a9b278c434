// Apart from catalogue-input.ts's zod schemas: the forms import these, and zod would weigh on their first load.

/** Limits of what an administrator types; the same for the form, the API and the domain. */
export const CATALOGUE_LIMITS = {
  name: 80,
  description: 600,
  code: 40,
  /** Kopecks: 100,000 ₽ a month is far above any real fee and catches an extra zero. */
  fee: 10_000_000,
  allowance: 1_000_000,
  group: 40,
} as const;
