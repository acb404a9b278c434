/**
 * What the 1st of the month takes: the tariff fee plus the paid options, options the
 * tariff already includes not counted twice.
 */
export function monthlyCharge(input: {
  tariffFee: number;
  includedOptionIds: string[];
  activeOptions: Array<{ optionId: string; monthlyFee: number }>;
}) {
  const included = new Set(input.includedOptionIds);
  const optionsFee = input.activeOptions
    .filter((o) => !included.has(o.optionId))
    .reduce((sum, o) => sum + o.monthlyFee, 0);
  return { tariffFee: input.tariffFee, optionsFee, amount: input.tariffFee + optionsFee };
}
