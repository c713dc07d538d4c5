// npm start: builds the add-in in watch mode, serves it over HTTPS on localhost:3000 with a development certificate
// (office-addin-dev-certs), and puts it into desktop Word and Excel where they exist; on other machines it says how
// to sideload into Word on the web and serves the browser preview with the sample agenda loaded.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as devCerts from 'office-addin-dev-certs';
import * as certPaths from 'office-addin-dev-certs/lib/defaults.js';
import webpack, { type Configuration } from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import { sideloadPlan } from './sideload';

const PORT = 3000;
const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = `${root}manifest.xml`;
const addinId = /<Id>([^<]+)<\/Id>/.exec(readFileSync(manifest, 'utf8'))![1]!;
const previewUrl = `https://localhost:${PORT}/preview.html?sample`;

/** A trusted certificate where the system lets us install its authority; else the generated one, with how to trust it. */
async function certificates(): Promise<{ key: Buffer; cert: Buffer; ca: Buffer }> {
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { key: options.key, cert: options.cert, ca: options.ca };
  } catch (error) {
    const paths = { ca: certPaths.caCertificatePath, cert: certPaths.localhostCertificatePath, key: certPaths.localhostKeyPath };
    if (!existsSync(paths.cert)) await devCerts.generateCertificates();
    console.warn(`The development certificate authority could not be installed (${(error as Error).message.split('\n')[0]}).`);
    console.warn(`Trust ${paths.ca} in your system and browser to load https://localhost:${PORT} without warnings.`);
    return { key: readFileSync(paths.key), cert: readFileSync(paths.cert), ca: readFileSync(paths.ca) };
  }
}

type MakeConfig = (env: unknown, argv: { mode: string }) => Configuration;
const { default: makeConfig } = (await import(pathToFileURL(`${root}webpack.config.js`).href)) as { default: MakeConfig };
const config = makeConfig({}, { mode: 'development' });
const server = new WebpackDevServer(
  {
    port: PORT,
    host: 'localhost',
    server: { type: 'https', options: await certificates() },
    static: false,
    hot: false,
    headers: { 'Access-Control-Allow-Origin': '*' },
    // No live-reload client: its socket and injected code are not worth loosening the pages' security policy.
    client: false,
    webSocketServer: false,
  },
  webpack(config),
);
await server.start();
console.log(`Docket is served at https://localhost:${PORT}/taskpane.html (Office) and ${previewUrl} (browser preview).`);

const plan = sideloadPlan({ platform: process.platform, home: homedir(), exists: existsSync }, manifest, addinId, previewUrl);
if (plan.kind === 'registry') {
  execFileSync(plan.command[0]!, plan.command.slice(1), { stdio: 'ignore' });
  console.log(`Registered the add-in for desktop ${plan.apps.join(' and ')}: open (or restart) Word and select "Check agenda" on the Home tab (in Excel: "Check list").`);
} else if (plan.kind === 'copy') {
  for (const target of plan.targets) {
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(manifest, target);
  }
  console.log(`Sideloaded into desktop ${plan.apps.join(' and ')}: restart them and select "Check agenda" on the Home tab (in Excel: "Check list").`);
} else {
  console.log(plan.steps.join('\n'));
}
console.log('Press Ctrl+C to stop.');
