import type { InputHTMLAttributes, ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldMessage, fieldIds } from "./field-message";
import { hintClass, inputClass, labelClass } from "./styles";

export type TTextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "className" | "aria-invalid" | "aria-describedby"> & {
  label: ReactNode;
  hint: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  /** Classes of the wrapper. */
  className?: string;
  /** Extra classes of the input. */
  inputClassName?: string;
  /** Rendered right after the input (e.g. its datalist). */
  children?: ReactNode;
};

/**
 * One labelled input with its hint and error, wired for screen readers the same way everywhere:
 * ids derived from the field name, aria-describedby = hint then error, aria-invalid on error.
 */
export function TextField({ label, hint, error, registration, className, inputClassName, children, ...inputProps }: TTextFieldProps) {
  const ids = fieldIds(registration.name);
  return (
    <div className={className}>
      <label htmlFor={ids.input} className={labelClass}>
        {label}
      </label>
      <input
        id={ids.input}
        {...inputProps}
        className={`${inputClass} mt-1${inputClassName ? ` ${inputClassName}` : ""}`}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(ids, { hint: true, error: Boolean(error) })}
        {...registration}
      />
      {children}
      <p id={ids.hint} className={`${hintClass} mt-1`}>
        {hint}
      </p>
      <FieldMessage id={ids.error} message={error} />
    </div>
  );
}
