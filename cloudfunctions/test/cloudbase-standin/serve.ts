/**
 * The stand-in in a process of its own (for `npm run bench`, so that its work is not counted
 * as the function's): prints the environment that points the SDK at it, then serves until killed.
 * STANDIN_LATENCY_MS adds that much to every request.
 */
import { startStandin } from '.';

startStandin()
  .then((standin) => {
    standin.setLatency(Number(process.env.STANDIN_LATENCY_MS ?? 0));
    console.log(`STANDIN ${JSON.stringify(standin.env())}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
