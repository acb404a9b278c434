/** The banner fields' limits, apart from the schema (banner-input.ts): the form reads them without loading zod. */
export const BANNER_LIMITS = { title: 80, text: 300, ctaLabel: 30, topic: 120, priorityMax: 100 } as const;
