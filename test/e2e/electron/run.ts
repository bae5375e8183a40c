/**
 * `npm run test:electron`: the mocha suite of test/e2e/electron/ in VS Code (Electron), through
 * @vscode/test-electron, on a copy of the seeds with a throw-away user-data and extensions dir.
 *
 * VS Code comes from VSCODE_EXECUTABLE, or is downloaded (VSCODE_VERSION, default stable) into
 * ~/.cache/corroborate-e2e/vscode. Where neither is to be had, it says so in one line and exits with 78, which
 * .ci/run reports as skipped. On Linux without a display it starts Xvfb, if installed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests, SilentReporter } from '@vscode/test-electron';
import { until } from '../poll';
import { bundleSuite, REPO, seedCopy } from './bundle';

/** Exit status when no VS Code is available: sysexits' EX_CONFIG, reported by CI as skipped. */
const NO_VSCODE = 78;

async function vscodeExecutable(): Promise<string | { reason: string }> {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  try {
    return await downloadAndUnzipVSCode({
      version: process.env.VSCODE_VERSION ?? 'stable',
      cachePath: path.join(os.homedir(), '.cache', 'corroborate-e2e', 'vscode'),
      reporter: new SilentReporter(),
      timeout: 20_000,
    });
  } catch (e) {
    return { reason: (e instanceof Error ? e.message : String(e)).split('\n')[0]! };
  }
}

/** Xvfb on a free display when Linux has none; undefined when there is a display already. */
async function virtualDisplay(): Promise<ChildProcess | undefined> {
  if (process.platform !== 'linux' || process.env.DISPLAY) return undefined;
  if (spawnSync('sh', ['-c', 'command -v Xvfb']).status !== 0) throw new Error('no DISPLAY and no Xvfb to make one (apt-get install xvfb)');
  let n = 99;
  while (fs.existsSync(`/tmp/.X11-unix/X${n}`) || fs.existsSync(`/tmp/.X${n}-lock`)) n++;
  const xvfb = spawn('Xvfb', [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  await until(() => fs.existsSync(`/tmp/.X11-unix/X${n}`) || xvfb.exitCode !== null, `Xvfb on :${n}`, 15_000);
  if (xvfb.exitCode !== null) throw new Error(`Xvfb :${n} exited with ${xvfb.exitCode}`);
  process.env.DISPLAY = `:${n}`;
  return xvfb;
}

async function main(): Promise<number> {
  const executable = await vscodeExecutable();
  if (typeof executable !== 'string') {
    console.log(`electron: skipped: no VS Code to run the suite in (the download failed: ${executable.reason}; VSCODE_EXECUTABLE names an installed one)`);
    return NO_VSCODE;
  }
  console.log(`electron: VS Code at ${executable}`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;
  const tests = await bundleSuite();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-electron-'));
  let xvfb: ChildProcess | undefined;
  try {
    xvfb = await virtualDisplay();
    const folder = seedCopy(tmp);
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: tests,
      launchArgs: [
        folder,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-gpu',
        '--no-sandbox',
        `--user-data-dir=${path.join(tmp, 'user-data')}`,
        `--extensions-dir=${path.join(tmp, 'extensions')}`,
      ],
    });
    console.log('electron: the suite passed');
    return 0;
  } catch (e) {
    console.log(`electron: FAILED: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    xvfb?.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

process.exitCode = await main();
