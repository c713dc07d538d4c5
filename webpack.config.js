// Builds the add-in: dist/taskpane.html (the Office task pane, with Office.js from Microsoft's CDN) and
// dist/preview.html (the same pane beside a rendered document, no Office), plus the pipeline's Web Worker.
// Prints the task pane's initial JavaScript, gzipped, and fails the build past its 250 KB budget.
import CopyPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Where the add-in is served from: the development server unless a deployment says otherwise. */
const DEV_URL = 'https://localhost:3000/';
const BASE_URL = (process.env.DOCKET_BASE_URL ?? DEV_URL).replace(/\/?$/, '/');
const BUDGET_KB = 250;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The pipeline's Web Worker, by the name src/taskpane/pipeline/check.ts starts it under. */
const PIPELINE_WORKER = 'docket-pipeline';
const PREVIEW_POLICY = "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";

/** Reports the gzipped size of each page's initial JavaScript; the task pane's must stay within budget. */
class BundleBudget {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('BundleBudget', (compilation) => {
      const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT;
      compilation.hooks.processAssets.tap({ name: 'BundleBudget', stage }, () => {
        for (const name of ['taskpane', 'preview']) {
          const files = [...compilation.entrypoints.get(name).getFiles()].filter((f) => f.endsWith('.js'));
          const kb = files.reduce((sum, f) => sum + gzipSync(compilation.assets[f].source()).length, 0) / 1024;
          const line = `${name} initial JavaScript: ${kb.toFixed(1)} KB gzipped${name === 'taskpane' ? ` (budget ${BUDGET_KB} KB)` : ''}`;
          console.log(`[budget] ${line}`);
          if (name === 'taskpane' && kb > BUDGET_KB) compilation.errors.push(new Error(`Bundle budget exceeded: ${line}`));
        }
      });
    });
  }
}

export default (env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the pages' Content-Security-Policy allows no eval, in development either.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/office.tsx',
      preview: './src/preview/start.ts',
    },
    output: {
      path: `${root}dist`,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      extensionAlias: { '.js': ['.ts', '.js'] },
      // The Markdown reader runs in the pipeline's Web Worker, which has no DOM: use this package's DOM-free build
      // (its "browser" build decodes entities with document.createElement).
      alias: { 'decode-named-character-reference$': `${root}node_modules/decode-named-character-reference/index.js` },
    },
    module: {
      rules: [{ test: /\.tsx?$/, loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic' } }],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        template: './src/page.html',
        templateParameters: { title: 'Docket', head: `<script src="${OFFICE_JS}"></script>` },
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        chunks: ['preview'],
        template: './src/page.html',
        // The preview's policy: nothing but this page's own files, and no eval.
        templateParameters: { title: 'Docket preview', head: `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_POLICY}" />` },
      }),
      new CopyPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'samples/rg-wm-draft-agenda.docx', to: 'samples/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => content.toString().replaceAll(DEV_URL, BASE_URL) },
        ],
      }),
      ...(production ? [new BundleBudget()] : []),
    ],
    optimization: {
      // The pipeline's worker loads as one file: a worker fetches each chunk it needs in turn (importScripts), which
      // on opening the first document costed more than running the code. The pages' lazy parts still share chunks.
      splitChunks: { chunks: (chunk) => !chunk.canBeInitial() && chunk.name !== PIPELINE_WORKER },
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};
