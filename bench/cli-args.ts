/** A whole-number command-line flag: its value, the default when it is absent, and a clear error when out of range. */
export function integerFlag(flag: string, raw: string | undefined, fallback: number, min = 1, max = 100_000): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`--${flag} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}
