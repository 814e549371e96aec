/**
 * Activity chat messages (/activity/{id}/messages): requested for every activity of the last
 * 7 days that has an id, whether or not it has messages (the reference's v3.84 rule), and read
 * into the non-blank texts latest.json lists as recent_activities[].chat_notes.
 */
import type { NaiveDateTime } from '../../lib/naive-time.js';
import { get, isDict, strip, truthy } from '../../lib/py/index.js';
import type { ApiActivity } from '../api-rows.js';

/** chat notes are fetched for activities dated on/after today - 7 */
export const CHAT_NOTES_WINDOW_DAYS = 7;

/** The first date (YYYY-MM-DD) whose activities carry chat notes. */
export function chatNotesCutoff(ctx: { now: NaiveDateTime }): string {
  return ctx.now.addDays(-CHAT_NOTES_WINDOW_DAYS).date();
}

/** Whether an activity's messages are requested (and listed): dated on/after the cutoff, with an id. */
export function chatNotesDue(act: ApiActivity, cutoff: string): boolean {
  const start = get(act, 'start_date_local', '');
  const actDate = (typeof start === 'string' ? start : '').slice(0, 10);
  return actDate >= cutoff && truthy(get(act, 'id'));
}

/** Ids of the activities whose /activity/{id}/messages are requested, in list order. */
export function planMessageFetches(ctx: { now: NaiveDateTime }, activities28d: ApiActivity[]): string[] {
  const cutoff = chatNotesCutoff(ctx);
  return activities28d.filter((act) => chatNotesDue(act, cutoff)).map((act) => String(get(act, 'id')));
}

/**
 * The text of each message that is not blank: `content`, else `text` when content is empty.
 * One malformed entry (not an object, or a non-text content/text where the blank test reads it)
 * empties the whole list, as the reference's single try around the list does: the activity then
 * shows no chat notes rather than some of them.
 */
export function messageTexts(messages: unknown[]): string[] {
  const out: string[] = [];
  for (const m of messages) {
    if (!isDict(m)) return [];
    const probe = truthy(get(m, 'content')) ? get(m, 'content') : get(m, 'text', '');
    if (typeof probe !== 'string') return [];
    if (!strip(probe)) continue;
    out.push(get(m, 'content', get(m, 'text', '')));
  }
  return out;
}
