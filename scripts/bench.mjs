// npm run bench → the bundled benchmark (dist/bench.js).
await import('../dist/bench.js');
