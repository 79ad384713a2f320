// Times are stored in UTC and shown in India Standard Time (or a configured zone) with the offset, because
// the readers are Indian officials and a bare local time in a report is ambiguous.
export const DEFAULT_ZONE = 'Asia/Kolkata';

function offsetLabel(date: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(date);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const off = name.replace('GMT', '') || '+00:00';
  return `UTC${off}`;
}

/** "27 Nov 2026, 14:10:05 IST (UTC+05:30)". */
export function formatZoned(iso: string | Date, zone = DEFAULT_ZONE, withSeconds = true): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return String(iso);
  const text = new Intl.DateTimeFormat('en-IN', {
    timeZone: zone,
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).format(date);
  const abbr = zone === 'Asia/Kolkata' ? 'IST' : zone;
  return `${text} ${abbr} (${offsetLabel(date, zone)})`;
}
