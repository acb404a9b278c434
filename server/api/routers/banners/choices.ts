import { staffProcedure } from "@/server/api/trpc";
import { BANNER_EDITOR_ROLES } from "@/server/domain/banners/banner-editor";
import { listBannerChoices } from "@/server/domain/banners/list-banner-choices";

/** Tariffs and options for the banner form's audience and offer fields. */
export const choices = staffProcedure(...BANNER_EDITOR_ROLES).query(({ ctx }) => listBannerChoices(ctx.db));
