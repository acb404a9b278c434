import { bannerInputSchema } from "@/server/domain/banners/banner-input";
import { bannerInputFrom, fieldsOf, FORM_ORDER, type BannerDraft, type DraftField } from "./banner-draft";

/**
 * The bad fields of the draft, in form order, checked in the browser before anything is sent. A module of its own:
 * the form fetches it (and zod with it) when it is first submitted, not with the page.
 */
export function checkDraft(draft: BannerDraft): DraftField[] {
  const input = bannerInputFrom(draft);
  const parsed = bannerInputSchema.safeParse(input);
  if (parsed.success) return [];
  // The schema compares the dates only once every field parses; the form tells about all of them at once.
  const endBeforeStart = input.endsAt.getTime() <= input.startsAt.getTime() ? ["endsAt"] : [];
  const bad = fieldsOf([...parsed.error.issues.map((issue) => issue.path.map(String).join(".")), ...endBeforeStart]);
  return FORM_ORDER.filter((field) => bad.includes(field));
}
