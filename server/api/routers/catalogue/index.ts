import { createTRPCRouter } from "@/server/api/trpc";
import { tariffs } from "./tariffs";
import { createTariff } from "./create-tariff";
import { updateTariff } from "./update-tariff";
import { previewTariffFee } from "./preview-tariff-fee";
import { setTariffArchived } from "./set-tariff-archived";
import { options } from "./options";
import { createOption } from "./create-option";
import { updateOption } from "./update-option";
import { setOptionArchived } from "./set-option-archived";
import { changes } from "./changes";

/** The catalogue as administrators change it; subscribers read it through `tariffs` and `options`. */
export const catalogueRouter = createTRPCRouter({
  tariffs,
  createTariff,
  updateTariff,
  previewTariffFee,
  setTariffArchived,
  options,
  createOption,
  updateOption,
  setOptionArchived,
  changes,
});
