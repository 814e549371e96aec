/**
 * Display blocks: a canonical metric value converted to the athlete's Intervals.icu unit
 * preferences as `{value, unit}` (the reference's `_to_display`). Distances and speeds keep
 * decimals; elevations, heights and elevation-per-distance are rounded to whole numbers.
 */
import type * as v from 'valibot';
import { int, num, obj, oneOf } from './shape.js';

export const DistanceDisplay = obj({ value: num, unit: oneOf(['km', 'mi']) });
export const ElevationDisplay = obj({ value: int, unit: oneOf(['m', 'ft']) });
export const ElevationPerDistanceDisplay = obj({ value: int, unit: oneOf(['m/km', 'ft/mi']) });
export const WeightDisplay = obj({ value: num, unit: oneOf(['kg', 'lb']) });
export const HeightDisplay = obj({ value: int, unit: oneOf(['cm', 'in']) });
export const SpeedDisplay = obj({ value: num, unit: oneOf(['km/h', 'mph']) });
export const WeightSlopeDisplay = obj({ value: num, unit: oneOf(['kg/week', 'lb/week']) });

/** The athlete's unit preferences as the reference normalises them (also the weather units). */
export const WindUnit = oneOf(['km/h', 'm/s', 'mph']);
export const TempUnit = oneOf(['c', 'f']);
export const RainUnit = oneOf(['mm', 'in']);

export const DisplayPreferences = obj({
  wind: WindUnit,
  temp: TempUnit,
  rain: RainUnit,
  distance: oneOf(['metric', 'imperial']),
  weight: oneOf(['kg', 'lb']),
  height: oneOf(['cm', 'in']),
});

export type DistanceDisplay = v.InferOutput<typeof DistanceDisplay>;
export type WeightDisplay = v.InferOutput<typeof WeightDisplay>;
export type DisplayPreferences = v.InferOutput<typeof DisplayPreferences>;
