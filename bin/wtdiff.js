#!/usr/bin/env node
// The package's bin: a thin shell. All behaviour lives in main(), which returns the exit code.
// It runs the bundled CLI (dist/cli-bundle, scripts/build-cli.mjs), which starts in about half
// the time of the module tree in dist/cli.
const argv = process.argv.slice(2);

// `wtdiff --version` alone, as a pre-commit hook or a CI log asks it: answered from
// package.json before any of the CLI is loaded (the same words commander prints).
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // Stack traces under --debug name the src/ files, through the bundle's source maps.
  if (argv.includes('--debug')) process.setSourceMapsEnabled(true);
  const { main } = await import('../dist/cli-bundle/main.js');

  // A reader that stops early (`| head`, quitting `less`) closes the pipe: stop writing and end
  // quietly with the exit code main() decides, instead of an unhandled EPIPE stack trace.
  process.stdout.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
    process.stdout.destroy();
  });

  process.exitCode = await main({
    argv,
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
  });
}
