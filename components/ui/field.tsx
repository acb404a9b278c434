import { useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "./cn";

/** The look of an input, select or textarea; a control marked aria-invalid shows it. */
export const controlClasses =
  "mt-1 block w-full rounded-control border border-line bg-surface px-3 py-2 text-base text-ink aria-invalid:border-danger";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(controlClasses, className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn(controlClasses, className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn(controlClasses, className)} {...props} />;
}

/** What a field hands its control so the label, the hint and the error are read with it. */
export type ControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

type FieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the control and marks it invalid; nothing when empty. */
  error?: ReactNode;
  /** The control's id when the form needs to know it; otherwise one is made. */
  id?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/** A label, its control, a hint and an error, tied together by ids. */
export function Field({ label, hint, error, id, className, children }: FieldProps) {
  const made = useId();
  const controlId = id ?? made;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={controlId} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {children({ id: controlId, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        // Announced when it appears after a submit, and read again with the control (aria-describedby).
        <p id={errorId} role="alert" className="mt-1 text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
