/**
 * The nodes of an Intervals.icu `workout_doc`. The Python operations the reference applies to
 * their values (arithmetic, comparisons, int(), float(), round(), dict.get) are src/lib/py/ops.ts;
 * each raises a `PyError` where Python raises, which the renderers catch where the reference does.
 */
import { isDict } from '../../lib/py/index.js';

/**
 * A workout_doc node (the document or one of its steps) as Intervals.icu sends it: free-form
 * JSON whose keys (duration, reps, steps, power, _power, hr, ramp, text…) depend on the builder.
 */
export type WorkoutDocNode = Record<string, unknown>;

export function isNode(v: unknown): v is WorkoutDocNode {
  return isDict(v);
}
