import { z } from "zod";
import { CATALOGUE_LIMITS } from "./catalogue-limits";

const text = (max: number) => z.string().trim().min(1).max(max);
const kopecks = z.number().int().min(0).max(CATALOGUE_LIMITS.fee);

/** What a tariff and an option both carry: names and descriptions in both languages. */
export const localizedFields = {
  name: text(CATALOGUE_LIMITS.name),
  nameEn: text(CATALOGUE_LIMITS.name),
  description: text(CATALOGUE_LIMITS.description),
  descriptionEn: text(CATALOGUE_LIMITS.description),
};

/** A code is part of URLs and seeds: lower-case Latin letters, digits and dashes. */
export const catalogueCode = z
  .string()
  .trim()
  .min(2)
  .max(CATALOGUE_LIMITS.code)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

export const entityVersion = z.number().int().min(0);

/** A calendar day in Moscow, as a date input gives it. */
export const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const count = z.number().int().min(0).max(CATALOGUE_LIMITS.allowance);
const megabytes = z
  .number()
  .int()
  .min(0)
  .max(CATALOGUE_LIMITS.allowance * 1024);

export const tariffFields = z.object({
  ...localizedFields,
  monthlyFee: kopecks,
  includedMinutes: count,
  includedMb: megabytes,
  includedSms: count,
});

export const newTariffSchema = tariffFields.extend({ code: catalogueCode });
export const tariffUpdateSchema = tariffFields.extend({
  tariffId: z.string().min(1).max(64),
  version: entityVersion,
  /** From which day a changed fee applies; ignored when the fee on that day stays the same. */
  feeEffectiveFrom: calendarDay,
});

const ids = z
  .array(z.string().min(1).max(64))
  .max(200)
  .transform((values) => [...new Set(values)]);

export const optionFields = z.object({
  ...localizedFields,
  connectionFee: kopecks,
  monthlyFee: kopecks,
  /** What it adds to the monthly package; absent means nothing (most options). */
  extraMinutes: count.default(0),
  extraMb: megabytes.default(0),
  extraSms: count.default(0),
  /** Empty or null: the option stands alone. */
  exclusiveGroup: z
    .string()
    .trim()
    .max(CATALOGUE_LIMITS.group)
    .nullish()
    .transform((v) => v || null),
  /** Empty means every tariff. */
  compatibleTariffIds: ids,
  includedInTariffIds: ids,
});

export const newOptionSchema = optionFields.extend({ code: catalogueCode });
export const optionUpdateSchema = optionFields.extend({ optionId: z.string().min(1).max(64), version: entityVersion });

export const archiveSchema = z.object({ id: z.string().min(1).max(64), version: entityVersion, archived: z.boolean() });

export type NewTariffInput = z.input<typeof newTariffSchema>;
export type TariffUpdateInput = z.input<typeof tariffUpdateSchema>;
export type NewOptionInput = z.input<typeof newOptionSchema>;
export type OptionUpdateInput = z.input<typeof optionUpdateSchema>;
export type ArchiveInput = z.input<typeof archiveSchema>;
