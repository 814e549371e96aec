/** Tests import the project's fake Intervals.icu server from here (it lives in src/ because `npm run demo` ships it). */
export * from '../src/fake-intervals/server.js';
