/**
 * Python semantics the port must reproduce exactly (the reference is sync.py), in one package.
 * Every derive/render module uses these helpers instead of the JavaScript look-alikes where the
 * reference's semantics apply (see each module's header).
 */
export * from './truthiness.js';
export * from './numbers.js';
export * from './str.js';
export * from './stats.js';
export * from './order.js';
export * from './json.js';
export * from './dates.js';
export * from './repr.js';
export * from './ops.js';
