// npm run demo → the bundled demo (dist/demo.js), so it runs right after `npm ci`.
await import('../dist/demo.js');
