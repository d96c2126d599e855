// Preload used by bench/run.mjs when /usr/bin/time is unavailable:
//   node --import ./bench/rss.mjs script.js ...
// At exit, writes the process's peak resident set size (KB, as process.resourceUsage().maxRSS
// reports it) to the file named by WTDIFF_BENCH_RSS_FILE. Worker threads share the process, so
// their memory is included.
import { appendFileSync } from 'node:fs';

const out = process.env.WTDIFF_BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    try {
      appendFileSync(out, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // best effort
    }
  });
}
