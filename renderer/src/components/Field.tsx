// A labelled form field with an optional hint and error, wired up for screen readers
// (aria-describedby points at both; aria-invalid marks the error).
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  optionalLabel?: string;
  autoFocusField?: boolean;
  /** Rendered inside the input row, after the input (e.g. a Show button). */
  addon?: ReactNode;
  /** Rendered under the input (e.g. the strength meter). */
  below?: ReactNode;
}

export function Field({ label, hint, error, optionalLabel, autoFocusField, addon, below, className, ...input }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={id}>
        {label}
        {optionalLabel && <span className="field-optional"> ({optionalLabel})</span>}
      </label>
      <div className="field-row">
        <input id={id} aria-describedby={describedBy} aria-invalid={error ? true : undefined} data-autofocus={autoFocusField ? '' : undefined} autoFocus={autoFocusField} {...input} />
        {addon}
      </div>
      {below}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
