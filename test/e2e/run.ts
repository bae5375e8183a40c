/**
 * End-to-end run in a real VS Code: packages the extension, installs it into code-server (VS Code for the browser)
 * with a throw-away user-data and extensions dir, opens a copy of the seeds, and drives Debian's headless Chromium
 * through what a user sees: coloured entities and claims, the cross-reference hovers, a hover link that opens the
 * other article, and the claims report. Each check is named in the log; each step leaves a screenshot in
 * test/e2e/screenshots/. Every process it starts is stopped, also on failure.
 *
 *   npm run test:e2e        CHROMIUM=/path/to/chromium to use another browser; E2E_KEEP=1 keeps the temp dir
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { bundleSuite, seedCopy } from './electron/bundle';
import { until } from './poll';
import { OVERFLOWING_CELLS, Workbench } from './workbench';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHOTS = path.join(REPO, 'test', 'e2e', 'screenshots');
const started = Date.now();
const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { name: string; publisher: string; version: string };

function log(message: string): void {
  console.log(`e2e [${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${message}`);
}

/** Runs a command to its end; its output goes to ours, its stdout is also returned. */
function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? REPO, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      process.stdout.write(d);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`))));
  });
}

/** A long-running process in a process group of its own, so that stopping it stops everything it started. */
class Group {
  output = '';
  private constructor(readonly child: ChildProcess) {}

  static start(command: string, args: string[], logFile: string): Group {
    const child = spawn(command, args, { cwd: REPO, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const group = new Group(child);
    const sink = fs.createWriteStream(logFile);
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.on('data', (d: Buffer) => {
        group.output += d.toString();
        sink.write(d);
      });
    }
    return group;
  }

  private alive(): boolean {
    try {
      process.kill(-this.child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  }

  /** SIGTERM to the group, SIGKILL to whatever is left after 10 s; resolves once no process of the group is left. */
  async stop(): Promise<void> {
    const pid = this.child.pid;
    if (pid === undefined) return;
    const signal = (name: NodeJS.Signals): void => {
      try {
        process.kill(-pid, name);
      } catch {
        // The group is gone already.
      }
    };
    signal('SIGTERM');
    try {
      await until(() => !this.alive(), 'the process group to exit', 10_000);
    } catch {
      signal('SIGKILL');
      await until(() => !this.alive(), 'the process group to die', 10_000);
    }
  }
}

// What the checks compare against: positions in the seed articles, found in their text.
function seed(prefix: string): { name: string; text: string } {
  const name = fs.readdirSync(path.join(REPO, 'seeds')).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix}`);
  return { name, text: fs.readFileSync(path.join(REPO, 'seeds', name), 'utf8') };
}

/** 1-based line and column of the first `needle` in `text`, `within` characters into it. */
function lineColumn(text: string, needle: string, within = 0): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, at + within);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

const SEEDS = fs.readdirSync(path.join(REPO, 'seeds')).filter((n) => n.endsWith('.txt')).length;
const S000 = seed('000');
const S004 = seed('004');
const CLAIM = 'da 10.000 a 12.000 soldati';

let passed = 0;
const checks: string[] = [];

async function check(name: string, body: () => Promise<string | void>): Promise<void> {
  checks.push(name);
  const detail = await body().catch((e: unknown) => {
    throw new Error(`check failed: ${name}: ${e instanceof Error ? e.message : String(e)}`);
  });
  passed++;
  log(`ok ${passed} - ${name}${detail ? `: ${detail}` : ''}`);
}

async function screenshot(page: Page, name: string): Promise<void> {
  const file = path.join(SHOTS, `${name}.png`);
  // Finite animations (a hover fading in) are run to their end first.
  await page.screenshot({ path: file, animations: 'disabled' });
  log(`screenshot ${path.relative(REPO, file)}`);
}

function settings(): Record<string, unknown> {
  return {
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.tips.enabled': false,
    'workbench.colorTheme': 'Default Dark Modern',
    'workbench.editor.enablePreview': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.commandCenter.enabled': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'editor.semanticHighlighting.enabled': true,
    'editor.wordWrap': 'on',
    'editor.minimap.enabled': false,
    'editor.hover.delay': 300,
  };
}

async function scenario(page: Page, wb: Workbench, folder: string): Promise<void> {
  await check('the workbench loads with the copy of seeds/ as its folder', async () => {
    await wb.ready(path.basename(folder));
  });

  await check(`opening ${S000.name} starts the language server, which indexes the ${SEEDS} seeds`, async () => {
    await wb.openFile(S000.name);
    const item = page.locator('.statusbar-item', { hasText: /\d+ docs? ·/ }).first();
    const text = await until(async () => {
      const t = (await item.innerText().catch(() => '')).trim();
      return new RegExp(`\\b${SEEDS} docs ·.*\\b[1-9]\\d* conflicts?`).test(t) ? t : undefined;
    }, `the status bar to count ${SEEDS} indexed documents`, 90_000);
    return `status bar "${text.replace(/\s+/g, ' ')}"`;
  });

  const plain = await wb.plainColour();
  await check('entity tokens are coloured by the semantic tokens (Putin, Kursk), not as plain text', async () => {
    const colourOf = (word: string): Promise<string> =>
      until(async () => (await wb.tokenSpans(word)).find((s) => s.text.trim() === word && s.color !== plain)?.color, `"${word}" as a span of its own, coloured (plain text is ${plain})`);
    const putin = await colourOf('Putin');
    const kursk = await colourOf('Kursk');
    if (putin === kursk) throw new Error(`a person and a place have the same colour ${putin}`);
    return `plain text ${plain}, Putin (person) ${putin}, Kursk (place) ${kursk}`;
  });

  await check(`the claim "${CLAIM}" is coloured as one token, words included`, async () => {
    const { line, column } = lineColumn(S000.text, CLAIM);
    await wb.goTo(line, column);
    // Without the semantic token, "soldati" sits in a plain span that runs on past the claim.
    const span = await until(async () => (await wb.tokenSpans('soldati')).find((s) => s.text.trim().length > 0 && CLAIM.includes(s.text.trim()) && s.color !== plain), `a coloured span within "${CLAIM}" holding "soldati"`);
    return `"${span.text.trim()}" ${span.color}`;
  });

  await check('the code lens above the claim counts the sources that agree and conflict', async () => {
    // Lenses are drawn for the lines in view only; the claim's line is, after Go to Line.
    const lenses = page.locator('.editor-group-container.active .codelens-decoration');
    return until(async () => (await lenses.allInnerTexts()).map((t) => t.trim()).find((t) => /✓ 2 sources agree · ✗ 1 source conflicts/.test(t)), 'the code lens over the claim');
  });
  await screenshot(page, '01-article-coloured');

  await check('hover on "Kursk" lists the other articles that mention it (001, 002, 004), not 000 itself', async () => {
    const { line, column } = lineColumn(S000.text, 'Kursk', 2);
    const hover = await wb.hoverAt(line, column, /Mentioned in \d+ other documents?/);
    const items = await hover.locator('li').allInnerTexts();
    for (const prefix of ['001_', '002_', '004_']) if (!items.some((i) => i.includes(prefix))) throw new Error(`${prefix} not in ${JSON.stringify(items)}`);
    if (items.some((i) => i.includes('000_'))) throw new Error(`000 lists itself: ${JSON.stringify(items)}`);
    if (!/Kursk\s*·\s*place/.test(await hover.innerText())) throw new Error(`no "Kursk · place" in ${await hover.innerText()}`);
    return `${items.length} documents listed`;
  });
  await screenshot(page, '02-hover-kursk');

  const hoverOnClaim = async (): Promise<import('playwright-core').Locator> => {
    const { line, column } = lineColumn(S000.text, CLAIM, 4);
    return wb.hoverAt(line, column, /Stated in \d+ other documents?/);
  };
  await check(`hover on "${CLAIM}": 003 and 004 agree, 002 conflicts, the quantity is troops`, async () => {
    const hover = await hoverOnClaim();
    const items = await hover.locator('li').allInnerTexts();
    const item = (prefix: string): string => items.find((i) => i.includes(prefix)) ?? '';
    if (!/✓ agrees/.test(item('003_'))) throw new Error(`003 does not agree: ${JSON.stringify(items)}`);
    if (!/✓ agrees/.test(item('004_'))) throw new Error(`004 does not agree: ${JSON.stringify(items)}`);
    if (!/✗ conflicts/.test(item('002_'))) throw new Error(`002 does not conflict: ${JSON.stringify(items)}`);
    if (!/troops/.test(await hover.innerText())) throw new Error('the hover does not name troops');
    return items.map((i) => i.split(' (')[0]).join(' | ');
  });
  await screenshot(page, '03-hover-claim');

  await check(`a link in the claim hover opens ${S004.name} at the line of "11.000-12.000"`, async () => {
    const hover = await hoverOnClaim();
    const link = hover.locator('a', { hasText: '004_' }).first();
    const label = await link.innerText();
    await link.click();
    const { line } = lineColumn(S004.text, '11.000-12.000');
    await until(async () => (await wb.activeTab()).includes(S004.name), `the tab of ${S004.name}`);
    const status = await until(async () => {
      const s = await wb.cursorStatus();
      return s.startsWith(`Ln ${line},`) ? s : undefined;
    }, `the cursor on line ${line} of ${S004.name}`);
    await wb.parkMouse();
    const plain004 = await wb.plainColour();
    const kursk = await until(async () => (await wb.tokenSpans('Kursk')).find((s) => s.text.trim() === 'Kursk' && s.color !== plain004), `"Kursk" coloured in ${S004.name}`);
    return `clicked "${label}", cursor at ${status}, Kursk there ${kursk.color}`;
  });
  await screenshot(page, '04-link-opened');

  await check('"Corroborate: Show Claims Report" from the command palette shows the troops comparison in a webview', async () => {
    await wb.runCommand('Corroborate: Show Claims Report');
    const view = wb.webview();
    const section = view.locator('section', { hasText: `“${CLAIM}”` }).first();
    await section.waitFor({ state: 'visible', timeout: 60_000 });
    await section.scrollIntoViewIfNeeded();
    await wb.parkMouse();
    const heading = (await section.locator('h3').innerText()).trim();
    if (!/troops/.test(heading) || !/conflict/.test(heading)) throw new Error(`heading "${heading}"`);
    const rows = await section.locator('tr:has(td.figure)').allInnerTexts();
    for (const prefix of ['000_', '002_', '003_', '004_']) if (!rows.some((r) => r.includes(prefix))) throw new Error(`${prefix} not in ${JSON.stringify(rows)}`);
    const ours = rows.find((r) => r.includes(S000.name)) ?? '';
    if (!/10,000–12,000/.test(ours) || !/conflicts with/.test(ours)) throw new Error(`000's row: ${ours}`);
    return `"${heading}", ${rows.length} sources`;
  });
  await screenshot(page, '05-claims-report');

  await check('no text of the report runs over into the next column', async () => {
    const spilling = (await (await wb.webviewFrame()).evaluate(OVERFLOWING_CELLS)) as string[];
    if (spilling.length > 0) throw new Error(`${spilling.length} cells overflow: ${JSON.stringify(spilling.slice(0, 5))}`);
  });
}

/**
 * The vscode-API suite of test/e2e/electron in code-server's own extension host: a second window whose URL
 * payload names the repository as the extension under development and the bundled suite as its tests, as
 * @vscode/test-web does. The workbench reports the end through window.codeAutomationExit.
 */
async function apiSuite(context: BrowserContext, url: string, folder: string): Promise<void> {
  await check('the vscode-API suite (test/e2e/electron) passes in code-server\'s extension host', async () => {
    const tests = await bundleSuite();
    const page = await context.newPage();
    const lines: string[] = [];
    let exit: number | undefined;
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const line = format(...args);
      if (/^\s*(✔|[0-9]+\)|\d+ (passing|failing|pending)|Corroborate)/.test(line) || lines.some((l) => /failing/.test(l))) {
        lines.push(line);
        console.log(`e2e   | ${line}`);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => {
      exit = code;
    });
    const authority = new URL(url).host;
    const remote = (p: string): string => `vscode-remote://${authority}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
    const payload = [
      ['extensionDevelopmentPath', remote(REPO)],
      ['extensionTestsPath', remote(tests)],
    ];
    try {
      await page.goto(`${url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
      const code = await until(() => exit, 'the suite to finish', 180_000);
      const summary = lines.filter((l) => /\d+ (passing|failing)/.test(l)).map((l) => l.trim()).join(', ');
      if (code !== 0) throw new Error(`the suite exited with ${code}: ${summary}`);
      return summary;
    } finally {
      await page.close();
    }
  });
}

async function main(): Promise<number> {
  fs.rmSync(SHOTS, { recursive: true, force: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-e2e-'));
  const dirs = { userData: path.join(tmp, 'user-data'), extensions: path.join(tmp, 'extensions'), folder: path.join(tmp, 'seeds'), profile: path.join(tmp, 'chromium') };
  let server: Group | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let failed = false;
  const stop = async (): Promise<void> => {
    await context?.close().catch(() => undefined);
    context = undefined;
    if (server) {
      await server.stop();
      log(`stopped code-server and everything it started (process group ${server.child.pid})`);
      server = undefined;
    }
  };
  // Every wait has its own time limit; this one bounds the whole run, whatever hangs.
  setTimeout(() => {
    log('FAILED: the run took more than 20 minutes; stopping');
    void stop().finally(() => process.exit(1));
  }, 20 * 60_000).unref();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping`);
      void stop().finally(() => {
        fs.rmSync(tmp, { recursive: true, force: true });
        process.exit(130);
      });
    });
  }
  try {
    log('packaging the extension (npm run package)');
    await run('npm', ['run', 'package']);
    const vsix = path.join(REPO, `${manifest.name}-${manifest.version}.vsix`);
    if (!fs.existsSync(vsix)) throw new Error(`no ${vsix}`);

    log('installing code-server (test/e2e/setup.sh; cached after the first run)');
    const entry = (await run('bash', [path.join(REPO, 'test', 'e2e', 'setup.sh')])).trim().split('\n').pop()!;
    const codeServer = (args: string[]): string[] => [entry, '--config', path.join(tmp, 'code-server.yaml'), '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, ...args];

    seedCopy(tmp);
    fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(settings(), null, 2));

    await check(`the .vsix installs into a throw-away extensions dir`, async () => {
      await run(process.execPath, codeServer(['--install-extension', vsix, '--force']));
      const listed = await run(process.execPath, codeServer(['--list-extensions', '--show-versions']));
      const id = `${manifest.publisher}.${manifest.name}@${manifest.version}`;
      if (!listed.includes(id)) throw new Error(`${id} not listed: ${listed}`);
      return id;
    });

    log('starting code-server on 127.0.0.1, a free port, --auth none');
    server = Group.start(process.execPath, codeServer(['--auth', 'none', '--bind-addr', '127.0.0.1:0', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', dirs.folder]), path.join(tmp, 'code-server.log'));
    const listening = server;
    const url = await until(() => /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(listening.output)?.[1] ?? (listening.child.exitCode !== null && 'exited'), 'code-server to listen', 60_000);
    if (url === 'exited') throw new Error(`code-server exited with ${listening.child.exitCode}`);
    log(`code-server listens on ${url}`);

    const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
    context = await chromium.launchPersistentContext(dirs.profile, {
      executablePath,
      headless: true,
      // Signals are ours to handle: the browser closes in stop(), before code-server's group is stopped.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      viewport: { width: 1600, height: 1000 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(30_000);
    log(`Chromium (${executablePath}) opens the workbench`);
    await page.goto(`${url}/?folder=${encodeURIComponent(dirs.folder)}`);
    await scenario(page, new Workbench(page), dirs.folder);
    await apiSuite(context, url, seedCopy(path.join(tmp, 'api')));
    return 0;
  } catch (e) {
    failed = true;
    // A failed check says what it saw; anything else shows where it broke.
    log(`FAILED: ${e instanceof Error ? (e.message.startsWith('check failed') ? e.message : (e.stack ?? e.message)) : String(e)}`);
    if (page) await screenshot(page, 'failure').catch(() => undefined);
    if (server) log(`code-server's log (last 3000 characters):\n${server.output.slice(-3000)}`);
    return 1;
  } finally {
    await stop();
    if (failed || process.env.E2E_KEEP) log(`kept ${tmp} (code-server.log, user-data with the extension host's logs)`);
    else fs.rmSync(tmp, { recursive: true, force: true });
    log(`checks made: ${checks.length}, passed ${passed}`);
    console.log(`e2e: ${passed} passed, ${checks.length - passed} failed`);
  }
}

process.exitCode = await main();
