/**
 * The manifest and the code agree: the semantic token legend, the commands, the settings and their defaults, the
 * language and grammar, and the files the .vsix ships.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import {
  ARTICLE_LANGUAGE,
  ClientCommands,
  DEFAULT_SETTINGS,
  ServerCommands,
  Settings,
  TOKEN_MODIFIERS,
  TOKEN_SUPER_TYPES,
  TOKEN_TYPES,
} from '../../server/src/protocol';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Manifest {
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | string }; virtualWorkspaces: { supported: boolean | string } };
  devDependencies: Record<string, string>;
  contributes: {
    languages: { id: string; extensions: string[]; filenamePatterns: string[]; configuration: string }[];
    grammars: { language: string; scopeName: string; path: string }[];
    semanticTokenTypes: { id: string; superType: string }[];
    semanticTokenModifiers: { id: string }[];
    semanticTokenScopes: { language?: string; scopes: Record<string, string[]> }[];
    commands: { command: string; title: string; category: string }[];
    menus: { commandPalette: { command: string; when: string }[] };
    configuration: { properties: Record<string, { scope?: string; default?: unknown; type: string }> };
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
const c = manifest.contributes;

void test('semantic token types and modifiers are the server legend, with super types and scopes', () => {
  assert.deepEqual(c.semanticTokenTypes.map((t) => t.id), [...TOKEN_TYPES]);
  for (const t of c.semanticTokenTypes) assert.equal(t.superType, TOKEN_SUPER_TYPES[t.id as keyof typeof TOKEN_SUPER_TYPES]);
  assert.deepEqual(c.semanticTokenModifiers.map((m) => m.id), [...TOKEN_MODIFIERS]);
  const scopes = c.semanticTokenScopes.flatMap((s) => Object.keys(s.scopes));
  for (const type of TOKEN_TYPES) assert.ok(scopes.includes(type), `a TextMate scope for ${type}`);
  for (const selector of scopes) {
    const [type, ...modifiers] = selector.split('.');
    assert.ok((TOKEN_TYPES as readonly string[]).includes(type!), selector);
    for (const m of modifiers) assert.ok((TOKEN_MODIFIERS as readonly string[]).includes(m), selector);
  }
});

void test('contributed commands are the client commands, in category Corroborate; server commands are not among them', () => {
  const contributed = c.commands.map((x) => x.command).sort();
  assert.deepEqual(contributed, [...Object.values(ClientCommands)].sort());
  for (const x of c.commands) assert.equal(x.category, 'Corroborate');
  const ids = new Set<string>(c.commands.map((x) => x.command));
  for (const id of Object.values(ServerCommands)) assert.ok(!ids.has(id), `${id} would be registered twice`);
  const hidden = c.menus.commandPalette.filter((m) => m.when === 'false').map((m) => m.command).sort();
  assert.deepEqual(hidden, [ClientCommands.openLocation, ClientCommands.showReferences].sort());
});

void test('settings are the ones the server reads, each with an explicit scope and the server default', () => {
  const properties = c.configuration.properties;
  assert.deepEqual(Object.keys(properties).sort(), Object.values(Settings).sort());
  for (const [key, p] of Object.entries(properties)) {
    assert.ok(p.scope, `${key} has a scope`);
    if (key === Settings.traceServer) continue;
    const value = key.split('.').slice(1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], DEFAULT_SETTINGS);
    assert.deepEqual(p.default, value, `default of ${key}`);
  }
});

void test('the article language has its grammar, configuration and activation', () => {
  const language = c.languages.find((l) => l.id === ARTICLE_LANGUAGE);
  assert.ok(language);
  assert.ok(language.extensions.includes('.article'));
  assert.ok(language.filenamePatterns.includes('**/seeds/*.txt'));
  assert.ok(fs.existsSync(path.join(root, language.configuration)));
  const grammar = c.grammars.find((g) => g.language === ARTICLE_LANGUAGE)!;
  const tm = JSON.parse(fs.readFileSync(path.join(root, grammar.path), 'utf8')) as { scopeName: string };
  assert.equal(tm.scopeName, grammar.scopeName);
  for (const id of [ARTICLE_LANGUAGE, 'plaintext', 'markdown']) assert.ok(manifest.activationEvents.includes(`onLanguage:${id}`));
  assert.equal(manifest.main, './client/out/extension.js');
});

void test('workspace trust and virtual workspaces are declared; the vscode types match the engine', () => {
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
  assert.equal(manifest.devDependencies['@types/vscode'], manifest.engines.vscode.replace(/^\^/, ''));
});

void test('.vscodeignore ships the bundles, grammar, language configuration, manifest, README and LICENSE only', () => {
  const kept = fs
    .readFileSync(path.join(root, '.vscodeignore'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('!'))
    .map((l) => l.slice(1))
    .sort();
  assert.deepEqual(kept, [
    'LICENSE',
    'README.md',
    'client/out/extension.js',
    'client/out/package.json',
    'language-configuration.json',
    'package.json',
    'server/out/package.json',
    'server/out/readingWorker.js',
    'server/out/server.js',
    'syntaxes/article.tmLanguage.json',
  ]);
});
