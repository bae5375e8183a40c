/** The CLI contract: `corroborate analyze --json` output shape and offsets, and bad input handled. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CLI = path.join(ROOT, 'server', 'out', 'cli.js');

function run(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

interface Output {
  documents: { path: string; language: string; entities: { start: number; end: number; text: string; type: string; id: string }[]; claims: { start: number; end: number; text: string; low: number; high: number; qualifier: string; unit: string | null; concept: string | null }[] }[];
  links: { a: { path: string; start: number }; b: { path: string; start: number }; relation: string }[];
}

test('analyze --json seeds: documents, spans that match the text, links between existing claims', () => {
  const r = run('analyze', '--json', 'seeds');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as Output;
  assert.deepEqual(out.documents.map((d) => d.path), fs.readdirSync(path.join(ROOT, 'seeds')).sort().map((f) => path.join('seeds', f)));
  for (const d of out.documents) {
    const text = fs.readFileSync(path.join(ROOT, d.path), 'utf8').replace(/^\uFEFF/, '');
    for (const e of [...d.entities, ...d.claims]) assert.equal(text.slice(e.start, e.end), e.text);
    for (const c of d.claims) assert.ok(c.low <= c.high);
  }
  const claimAt = new Set(out.documents.flatMap((d) => d.claims.map((c) => `${d.path}@${c.start}`)));
  assert.ok(out.links.length > 0);
  for (const l of out.links) {
    assert.ok(claimAt.has(`${l.a.path}@${l.a.start}`) && claimAt.has(`${l.b.path}@${l.b.start}`));
    assert.notEqual(l.a.path, l.b.path);
    assert.ok(l.relation === 'agrees' || l.relation === 'conflicts');
  }
});

test('a BOM is removed before offsets are counted', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), '\uFEFFIl Presidente Putin ha visitato Mosca.');
  const out = JSON.parse(run('analyze', '--json', dir).stdout) as Output;
  const moscow = out.documents[0]!.entities.find((e) => e.text === 'Mosca')!;
  assert.equal(moscow.start, 'Il Presidente Putin ha visitato '.length);
});

test('bad paths, binary and oversized files: a clear message each, the rest still analysed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-'));
  fs.writeFileSync(path.join(dir, 'good.txt'), 'Il Presidente Putin ha visitato Mosca con 300 soldati.');
  fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
  fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x63, 0x69, 0x74, 0xe0, 0x20, 0xff]));
  fs.writeFileSync(path.join(dir, 'big.md'), 'x'.repeat(5000));
  const r = run('analyze', '--json', '--max-bytes', '4096', dir, path.join(dir, 'missing.txt'));
  assert.equal(r.status, 0);
  assert.match(r.stderr, /skipped .*binary\.txt: binary file/);
  assert.match(r.stderr, /skipped .*latin1\.txt: not valid UTF-8/);
  assert.match(r.stderr, /skipped .*big\.md: larger than 4 KiB/);
  assert.match(r.stderr, /skipped .*missing\.txt: no such file or folder/);
  const out = JSON.parse(r.stdout) as Output;
  assert.deepEqual(out.documents.map((d) => path.basename(d.path)), ['good.txt']);
});

test('report prints claims compared across sources and entities by document', () => {
  const r = run('report', 'seeds');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Claims compared across sources/);
  assert.match(r.stdout, /troops/);
  assert.match(r.stdout, /CONFLICTS with/);
  assert.match(r.stdout, /Entities in more than one document/);
  assert.match(r.stdout, /North Korea \[place, north-korea\]/);
});

test('usage errors exit 2 with a message', () => {
  const r = run('frobnicate');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Unknown command 'frobnicate'/);
});
