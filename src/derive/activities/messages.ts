import { get, strip, truthy, type Dict } from '../../lib/py/index.js';

/** _get_activity_messages: the text of each chat message that is not blank. */
export function messageTexts(messages: unknown[]): string[] {
  const out: string[] = [];
  for (const m of messages) {
    if (!m || typeof m !== 'object') continue;
    const d = m as Dict;
    const probe = truthy(get(d, 'content')) ? get(d, 'content') : get(d, 'text', '');
    if (typeof probe !== 'string' || !strip(probe)) continue;
    out.push(get(d, 'content', get(d, 'text', '')));
  }
  return out;
}
