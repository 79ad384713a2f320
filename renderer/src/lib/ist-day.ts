// The calendar day (YYYY-MM-DD) of a UTC instant in India Standard Time (UTC+05:30, no daylight saving),
// so a date range typed by an Indian examiner means the days the screen shows.
const IST_OFFSET_MS = (5 * 60 + 30) * 60_000;

export function istDay(isoUtc: string): string {
  const t = Date.parse(isoUtc);
  return Number.isNaN(t) ? '' : new Date(t + IST_OFFSET_MS).toISOString().slice(0, 10);
}
