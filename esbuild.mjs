// Bundles the CLI, the language server and the VS Code client into self-contained CommonJS files.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { languageDataPlugin } from './scripts/build/languageData.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
/** Also the benchmark's indexing process, beside the reading thread's bundle as the server is (npm run bench). */
const bench = process.argv.includes('--bench');

/** The languages the analysis supports (LANGUAGES, server/src/core/types.ts, which imports nothing). */
const { LANGUAGES } = await import(`data:text/javascript,${encodeURIComponent((await esbuild.transform(fs.readFileSync('server/src/core/types.ts', 'utf8'), { loader: 'ts', format: 'esm' })).code)}`);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // The sources are ESM; in the CommonJS bundles a module's own path is CommonJS's.
  define: { 'import.meta.filename': '__filename', 'import.meta.dirname': '__dirname' },
  // Language data of eld and stopwords-iso for the supported languages, loaded fast (scripts/build/languageData.mjs).
  plugins: [languageDataPlugin(LANGUAGES)],
};

const entries = [
  { entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js' },
  ...(fs.existsSync('server/src/server.ts') ? [{ entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' }] : []),
  { entryPoints: ['server/src/readingWorker.ts'], outfile: 'server/out/readingWorker.js' },
  ...(bench ? [{ entryPoints: ['scripts/bench/indexCorpus.ts'], outfile: 'server/out/indexCorpus.js' }] : []),
  ...(fs.existsSync('client/src/extension.ts') ? [{ entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] }] : []),
];

// The repository is ESM ("type": "module"); the bundles are CommonJS, as VS Code loads extensions with require.
for (const dir of new Set(entries.map((e) => path.dirname(e.outfile)))) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "commonjs" }\n');
}

if (watch) {
  for (const e of entries) await (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
}
