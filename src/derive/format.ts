/** Small text formatters shared by several outputs. */

/** A duration as hours, minutes and seconds: 300 → '5m', 90 → '1m30s', 3725 → '1h2m5s', <= 0 → '0s'. */
export function formatDuration(seconds: number): string {
  if (seconds <= 0) return '0s';
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const secs = seconds % 60;
  let out = '';
  if (hours) out += `${hours}h`;
  if (minutes) out += `${minutes}m`;
  if (secs) out += `${secs}s`;
  return out || '0s';
}

/** A duration truncated to whole minutes, formatted as formatDuration does. */
export function formatMinutes(totalSeconds: number): string {
  return formatDuration(Math.floor(Math.trunc(totalSeconds) / 60) * 60);
}
