/** What a person typed in the login field, understood. */
export type LoginIdentifier =
  | { kind: "phone"; phone: string }
  | { kind: "accountNumber"; accountNumber: string }
  | { kind: "email"; email: string };

const ACCOUNT_NUMBER_DIGITS = 9;

/** Normalizes a Russian mobile number in any common spelling to +7XXXXXXXXXX, or null. */
export function normalizePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!/^[+\d\s()\-.]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, "");
  if (digits.length === 10 && digits.startsWith("9")) return `+7${digits}`;
  if (digits.length === 11 && (digits.startsWith("7") || digits.startsWith("8"))) {
    if (digits.startsWith("8") && trimmed.startsWith("+")) return null;
    return `+7${digits.slice(1)}`;
  }
  return null;
}

export function parseLoginIdentifier(input: string): LoginIdentifier | null {
  const value = input.trim();
  if (value.includes("@")) {
    const email = value.toLowerCase();
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? { kind: "email", email } : null;
  }
  if (new RegExp(`^\\d{${ACCOUNT_NUMBER_DIGITS}}$`).test(value)) {
    return { kind: "accountNumber", accountNumber: value };
  }
  const phone = normalizePhone(value);
  return phone ? { kind: "phone", phone } : null;
}

/** A stable key for rate limiting, the same for every spelling of one login. */
export function loginKey(identifier: LoginIdentifier): string {
  switch (identifier.kind) {
    case "phone":
      return `phone:${identifier.phone}`;
    case "accountNumber":
      return `account:${identifier.accountNumber}`;
    case "email":
      return `email:${identifier.email}`;
  }
}
