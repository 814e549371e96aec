/** Value sets shared across the files. */
import type * as v from 'valibot';
import { oneOf } from './shape.js';

/** Training phases of Section 11 phase detection. */
export const Phase = oneOf(['Base', 'Build', 'Peak', 'Taper', 'Deload', 'Recovery', 'Overreached']);
/** Sport families the reference groups activity types into. */
export const SportFamily = oneOf(['cycling', 'run', 'swim', 'rowing', 'ski', 'walk', 'strength', 'other']);
/** Which signal a zone/hard-day computation used. */
export const ZoneBasis = oneOf(['power', 'hr', 'mixed']);
/** Seiler three-zone intensity distribution classes. */
export const TidClassification = oneOf(['Polarized', 'Pyramidal', 'Threshold', 'Base', 'High Intensity']);
export const Confidence = oneOf(['high', 'medium', 'low']);
export const Severity = oneOf(['info', 'warning', 'alarm']);
export const SignalStatus = oneOf(['green', 'amber', 'red', 'unavailable']);
export const RaceCategory = oneOf(['RACE_A', 'RACE_B', 'RACE_C']);

export type Phase = v.InferOutput<typeof Phase>;
export type SportFamily = v.InferOutput<typeof SportFamily>;
export type ZoneBasis = v.InferOutput<typeof ZoneBasis>;
export type TidClassification = v.InferOutput<typeof TidClassification>;
export type Confidence = v.InferOutput<typeof Confidence>;
export type Severity = v.InferOutput<typeof Severity>;
export type SignalStatus = v.InferOutput<typeof SignalStatus>;

/** Any JSON value: for walks over a whole file that do not depend on its model. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
/** An object's optional keys may hold `undefined` in memory; the written file omits such keys. */
export type JsonObject = { [key: string]: JsonValue | undefined };
