/**
 * The suite as the extension host loads it: CommonJS bundles of index.ts and extension.test.ts (`vscode` and
 * `mocha` left to the host and to the repository's node_modules), written under node_modules/.cache, where
 * `require('mocha')` still finds the repository's copy.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Bundles the suite; returns the path of its entry, index.js. */
export async function bundleSuite(): Promise<string> {
  const out = path.join(REPO, 'node_modules', '.cache', 'corroborate-e2e', 'electron-suite');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'package.json'), '{ "type": "commonjs" }\n');
  await esbuild.build({
    entryPoints: ['index.ts', 'extension.test.ts'].map((f) => path.join(REPO, 'test', 'e2e', 'electron', f)),
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(out, 'index.js');
}

/** A temporary folder holding a copy of the seed articles. */
export function seedCopy(root: string): string {
  const folder = path.join(root, 'seeds');
  fs.mkdirSync(folder, { recursive: true });
  for (const name of fs.readdirSync(path.join(REPO, 'seeds'))) fs.copyFileSync(path.join(REPO, 'seeds', name), path.join(folder, name));
  return folder;
}
