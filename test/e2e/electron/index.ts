/** The extension host's entry to the suite (`--extensionTestsPath`): mocha on the bundled test file beside it. */
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 60_000 });
  mocha.addFile(path.join(__dirname, 'extension.test.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test${failures > 1 ? 's' : ''} failed`)) : resolve()));
  });
}
