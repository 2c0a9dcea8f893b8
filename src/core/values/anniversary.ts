const DAY_MS = 86_400_000;

/**
 * The same day `months` later, held to the month's last day as EDATE (MOIS.DECALER) does:
 * 29/02/2024 + 12 months is 28/02/2025. The time of day is kept.
 * @example addMonths(new Date('2024-02-29'), 12) // 2025-02-28
 */
export function addMonths(d: Date, months: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const time = d.getTime() - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last)) + time);
}

/**
 * The contract year starting on `start` (ACI; docs/aci.md): it runs to the day before the next
 * anniversary, EDATE(start, 12), the day the next year starts (`new cpts --from`). A start on
 * 29/02/2024 gives 29/02/2024 – 27/02/2025, the next year starting on 28/02/2025.
 */
export function contractYear(start: Date): { start: Date; next: Date; last: Date } {
  const day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
  const next = addMonths(day, 12);
  return { start: day, next, last: new Date(next.getTime() - DAY_MS) };
}
