/** The shape of an SMS code, shared by the server and the form that checks it first. */
export const RESET_CODE_DIGITS = 6;

export function isResetCodeFormat(value: string): boolean {
  return new RegExp(`^\\d{${RESET_CODE_DIGITS}}$`).test(value);
}
