/** Action entry point (runs.main in action.yml). */
import { run } from './main.js';

process.on('unhandledRejection', (reason) => {
  process.stderr.write(`::error::unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}\n`);
  process.exitCode = 1;
});

await run();
