/** Small decorative icons drawn inline (system fonts may lack emoji glyphs). */
export function FlagIcon({ className = "" }: { className?: string }) {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false" className={`inline-block shrink-0 align-[-2px] ${className}`}>
      <path d="M3 15V1.5M3 2h9l-2 3.5L12 9H3" fill="currentColor" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}

export function CalendarIcon({ className = "" }: { className?: string }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" className={`inline-block shrink-0 ${className}`}>
      <rect x="1.75" y="3" width="12.5" height="11.25" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M1.75 6.5h12.5M5 1.25V4.5M11 1.25V4.5" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
