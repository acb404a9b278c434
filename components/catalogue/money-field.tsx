import { Field, Input } from "@/components/ui/field";

/** A fee in roubles as typed ("650" or "650,50"): the form turns it into kopecks when it saves. */
export function MoneyField({
  id,
  label,
  error,
  value,
  onChange,
}: {
  id: string;
  label: string;
  error: string | null;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} error={error}>
      {(control) => (
        <Input
          {...control}
          inputMode="decimal"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete="off"
        />
      )}
    </Field>
  );
}
