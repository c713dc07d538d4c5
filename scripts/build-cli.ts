// Builds the `docket` command line into dist-cli/: src/cli bundled with its dependencies by esbuild into plain
// JavaScript, one chunk per command's own code, so `bin/docket.js` starts with no compiler and reads only what the
// command uses. Run by `npm run build` and at install (`prepare`), so `npm ci` leaves a working `docket`.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CLI_DIR = `${root}dist-cli`;

export async function buildCli(): Promise<void> {
  rmSync(CLI_DIR, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts' },
    outdir: CLI_DIR,
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The few CommonJS packages bundled in call require() for Node's own modules: give ES modules one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
