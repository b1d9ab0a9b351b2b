/** Stable ids for a field's input, hint and error (derived from its name: one form per page). */
export function fieldIds(name: string): { input: string; hint: string; error: string } {
  const base = "field-" + name.replace(/[^A-Za-z0-9]+/g, "-");
  return { input: base, hint: base + "-hint", error: base + "-error" };
}

/** `aria-describedby` for a field: the hint (if any) then the error (if any). */
export function describedBy(ids: { hint: string; error: string }, options: { hint?: boolean; error?: boolean }): string | undefined {
  const parts = [options.hint ? ids.hint : null, options.error ? ids.error : null].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : undefined;
}

/** A field's error in plain words; role="alert" so screen readers announce it when it appears. */
export function FieldMessage({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="mt-1.5 flex items-start gap-1.5 text-sm font-medium text-red-700 dark:text-red-300">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 fill-current">
        <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm-.9 4.2h1.8v5.6H9.1V5.7Zm0 7.1h1.8v1.8H9.1v-1.8Z" />
      </svg>
      <span>{message}</span>
    </p>
  );
}
