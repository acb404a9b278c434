import { createTRPCRouter } from "@/server/api/trpc";
import { listBannersForMarketers } from "./list-banners";
import { getBannerForEditing } from "./get-banner";
import { bannerChoices } from "./banner-choices";
import { createBannerDraft } from "./create-banner";
import { updateBannerFields } from "./update-banner";
import { setBannerStatusByAction } from "./set-banner-status";
import { bannerForPlacement } from "./for-placement";

/** Banner management for marketers and administrators, and the banner a placement shows to anyone. */
export const bannersRouter = createTRPCRouter({
  list: listBannersForMarketers,
  get: getBannerForEditing,
  choices: bannerChoices,
  create: createBannerDraft,
  update: updateBannerFields,
  setStatus: setBannerStatusByAction,
  forPlacement: bannerForPlacement,
});
