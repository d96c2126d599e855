#!/usr/bin/env node
// The package's bin: a thin shell. All behaviour lives in main(), which returns the exit code.
import { main } from '../dist/cli/main.js';

// A reader that stops early (`| head`, quitting `less`) closes the pipe: stop writing and end
// quietly with the exit code main() decides, instead of an unhandled EPIPE stack trace.
process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE') throw err;
  process.stdout.destroy();
});

process.exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
