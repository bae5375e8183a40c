/**
 * Reading an article at start (server/src/articleFolders.ts, readArticleNow): the text of a file, a reason for what
 * is no article (binary, over the size limit, missing, not a file), and a named pipe refused at once rather than
 * waited on.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle, readArticleNow } from '../../server/src/articleFolders';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-read-'));
const file = (name: string, content: string | Buffer): string => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};

test('an article is read whole, its byte order mark removed; what is no article gets a reason', async () => {
  try {
    const long = 'Mosca, Moscova, Moscow. '.repeat(5_000);
    const cases: [string, number, { text: string } | { reason: RegExp }][] = [
      [file('bom.txt', '\ufeffDa 10.000 a 12.000 soldati'), 1024, { text: 'Da 10.000 a 12.000 soldati' }],
      [file('long.txt', long), 1024 * 1024, { text: long }],
      [file('empty.txt', ''), 1024, { text: '' }],
      [file('scan.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])), 1024, { reason: /^binary file/ }],
      [file('huge.md', 'Roma. '.repeat(400)), 1024, { reason: /^larger than the 1 KiB limit \(2 KiB/ }],
      [path.join(dir, 'missing.txt'), 1024, { reason: /^no such file$/ }],
    ];
    for (const [p, max, expected] of cases) {
      for (const got of [readArticleNow(p, max), await readArticle(p, max)]) {
        if ('text' in expected) assert.deepEqual(got, expected, p);
        else assert.match('reason' in got ? got.reason : '', expected.reason, p);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a named pipe among the articles is no article, and reading it does not wait for a writer', { skip: process.platform === 'win32' }, () => {
  const pipeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-pipe-'));
  try {
    const pipe = path.join(pipeDir, 'feed.txt');
    execFileSync('mkfifo', [pipe]);
    assert.deepEqual(readArticleNow(pipe, 1024), { reason: 'not a file' });
  } finally {
    fs.rmSync(pipeDir, { recursive: true, force: true });
  }
});
