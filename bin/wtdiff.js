#!/usr/bin/env node
// The package's bin: a thin shell. All behaviour lives in main(), which returns the exit code.
import { main } from '../dist/cli/main.js';

process.exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
