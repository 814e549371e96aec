import { describe, it, expect } from '@jest/globals';
import { NaiveDateTime } from '../../src/lib/naive-time.js';
import { chatNotesCutoff, chatNotesDue, messageTexts, planMessageFetches } from '../../src/snapshot/plan/messages.js';

const ctx = { now: NaiveDateTime.parse('2025-06-10T07:00:00') };

describe('planMessageFetches', () => {
  it('requests the messages of every activity with an id dated on or after today - 7', () => {
    expect(chatNotesCutoff(ctx)).toBe('2025-06-03');
    const acts = [
      { id: 'i10', start_date_local: '2025-06-03T00:00:00' },
      { id: 'i11', start_date_local: '2025-06-02T23:59:59' },
      { id: 'i12', start_date_local: '2025-06-10T06:00:00' },
      { id: '', start_date_local: '2025-06-09T08:00:00' },
      { start_date_local: '2025-06-09T08:00:00' },
      { id: 'i13', start_date_local: null },
      { id: 42, start_date_local: '2025-06-05T08:00:00' },
    ];
    expect(planMessageFetches(ctx, acts)).toEqual(['i10', 'i12', '42']);
    expect(acts.map((a) => chatNotesDue(a, '2025-06-03'))).toEqual([true, false, true, false, false, false, true]);
  });

  it('reads the non-blank texts: content, else text', () => {
    expect(
      messageTexts([
        { content: 'felt good' },
        { content: '', text: 'from text' },
        { text: '   ' },
        { content: '  padded  ' },
        { content: null, text: 'null content' },
        { other: 'x' },
      ]),
    ).toEqual(['felt good', '', '  padded  ', null]);
  });

  it('one malformed entry empties the list, as the reference does', () => {
    const good = { content: 'felt good' };
    expect(messageTexts([good, 'not an object'])).toEqual([]);
    expect(messageTexts([good, null])).toEqual([]);
    expect(messageTexts([good, []])).toEqual([]);
    // the blank test reads text when content is empty: a null text cannot be stripped
    expect(messageTexts([good, { content: '', text: null }])).toEqual([]);
    expect(messageTexts([good, { content: 42 }])).toEqual([]);
    expect(messageTexts([good, { content: '', text: '' }])).toEqual(['felt good']);
  });
});
