// Apart from article-input.ts's zod schemas: the editor imports these, and zod would weigh on its first load.

/** Rows per page of the editors' article list. */
export const ADMIN_ARTICLES_PAGE_SIZE = 25;

export const ARTICLE_LIMITS = { slug: 80, title: 160, body: 20_000 } as const;

/** Lower-case Latin letters, digits and single hyphens: what reads well in an address and never needs escaping. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
