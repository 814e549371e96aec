/**
 * The "Last successful sync" line of the user's README.md, as the reference's workflow writes
 * it: `**Last successful sync:** YYYY-MM-DD HH:MM:SS UTC`. Only a README that already has the
 * line is touched; everything before the marker on that line and the line ending are kept.
 */
export const SYNC_LINE_MARKER = '**Last successful sync:**';
const LINE = /\*\*Last successful sync:\*\*[^\r\n]*/g;

/** The README with every sync line set to `human`, or null when it has no such line. */
export function updateSyncLine(readme: string, human: string): string | null {
  if (!readme.includes(SYNC_LINE_MARKER)) return null;
  return readme.replace(LINE, `${SYNC_LINE_MARKER} ${human}`);
}
