/** A fresh key for one confirmed action; kept while the dialog is open so a double click reuses it. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
