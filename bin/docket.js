#!/usr/bin/env node
// The `docket` command: runs the command line built into dist-cli/ (plain JavaScript, built by `npm ci` or
// `npm run build`), so no compiler runs at start-up.
let cli;
try {
  cli = await import('../dist-cli/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist-cli')) throw error;
  process.stderr.write('docket: the command line is not built yet: run `npm ci` or `npm run build` in the Docket folder.\n');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
