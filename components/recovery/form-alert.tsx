import { alertClass } from "./form-styles";

/** A refusal that belongs to no one field (the link expired, too many tries): announced above the button. */
export function FormAlert({ error }: { error?: string }) {
  if (!error) return null;
  return (
    <p role="alert" className={alertClass}>
      {error}
    </p>
  );
}
