/** The longest help search a person may type: the form stops there and the server refuses more. */
export const MAX_HELP_QUERY_LENGTH = 200;
export const MAX_HELP_PAGE = 100;

/** The results page a URL asks for: a hand-edited number out of range falls back to the nearest valid page. */
export function helpPageNumber(raw: string | null | undefined): number {
  const page = Number.parseInt(raw ?? "", 10);
  return Number.isFinite(page) ? Math.min(Math.max(page, 1), MAX_HELP_PAGE) : 1;
}
