/** "in 12 days", "tomorrow", "today", "yesterday", "5 days ago". */
export function describeCountdown(days: number): string {
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  if (days > 1) return `in ${days} days`;
  return `${-days} days ago`;
}

/** "12 weeks", "10 days", "1 week": one wording for a span of days, in every view. */
export function describeSpan(days: number): string {
  if (days % 7 === 0 || days >= 21) {
    const weeks = Math.round(days / 7);
    return `${weeks} ${weeks === 1 ? "week" : "weeks"}`;
  }
  return `${days} ${days === 1 ? "day" : "days"}`;
}
