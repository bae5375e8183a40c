#!/usr/bin/env bash
# Machine-level installs for the end-to-end run, without prompts: Debian's chromium, ripgrep and libkrb5-dev, and
# code-server from the npm registry, built once into a cache outside the repository. Progress goes to stderr; the
# one line on stdout is the path of code-server's entry script.
#
#   CODE_SERVER_VERSION    default 4.100.3 (the 4.100 line runs on Node 20)
#   CORROBORATE_E2E_CACHE  default $HOME/.cache/corroborate-e2e
set -euo pipefail

version="${CODE_SERVER_VERSION:-4.100.3}"
cache="${CORROBORATE_E2E_CACHE:-$HOME/.cache/corroborate-e2e}"
prefix="$cache/code-server-$version"
entry="$prefix/node_modules/code-server/out/node/entry.js"
say() { echo "setup: $*" >&2; }

# Debian packages: chromium drives the editor, ripgrep stands in for the ripgrep binary code-server would download,
# libkrb5-dev builds the kerberos addon.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo -n)
  say "apt-get install ${missing[*]}"
  "${sudo[@]}" apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi

if [ -f "$prefix/.installed" ] && [ -f "$entry" ]; then
  say "code-server $version cached in $prefix"
  echo "$entry"
  exit 0
fi

say "installing code-server $version into $prefix"
rm -rf "$prefix"
mkdir -p "$prefix/tmp"
cd "$prefix"
echo '{ "private": true, "allowScripts": { "code-server": true, "argon2": true } }' >package.json
export npm_config_unsafe_perm=true npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export TMPDIR="$prefix/tmp"

# @vscode/ripgrep's postinstall looks for ripgrep-<VERSION>-<target>.tar.gz in $TMPDIR/vscode-ripgrep-cache-<its
# version>/ before it asks GitHub, and untars it into its bin/, where it expects `rg`. Its version is the one
# code-server's shrinkwrap pins; VERSION is in that package's lib/postinstall.js.
(cd tmp && npm pack --silent "code-server@$version" >/dev/null && tar xzf code-server-*.tgz package/lib/vscode/npm-shrinkwrap.json)
rg_pkg=$(node -p "require('./tmp/package/lib/vscode/npm-shrinkwrap.json').packages['node_modules/@vscode/ripgrep'].version")
(cd tmp && npm pack --silent "@vscode/ripgrep@$rg_pkg" >/dev/null && tar xzf vscode-ripgrep-*.tgz package/lib/postinstall.js)
rg_release=$(sed -n "s/^const VERSION = '\(.*\)';.*/\1/p" tmp/package/lib/postinstall.js)
[ -n "$rg_release" ] || { say "no VERSION in @vscode/ripgrep@$rg_pkg's postinstall.js"; exit 1; }
case "$(uname -m)" in
  x86_64) target=x86_64-unknown-linux-musl ;;
  aarch64) target=aarch64-unknown-linux-musl ;;
  *) say "no ripgrep target for $(uname -m)"; exit 1 ;;
esac
mkdir -p "tmp/vscode-ripgrep-cache-$rg_pkg" tmp/rg
cp "$(command -v rg)" tmp/rg/rg
tar czf "tmp/vscode-ripgrep-cache-$rg_pkg/ripgrep-$rg_release-$target.tar.gz" -C tmp/rg rg
say "offline ripgrep $rg_release for @vscode/ripgrep@$rg_pkg from $(command -v rg)"

# argon2 finds no prebuilt binary (GitHub is out of reach) and compiles; code-server's postinstall installs and
# builds VS Code's own modules (node-pty, kerberos, spdlog...).
say "npm install code-server@$version: builds native modules, a few minutes"
npm install --no-package-lock "code-server@$version" >&2
node "$entry" --config "$prefix/tmp/config.yaml" --version >&2
"$prefix/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" --version >/dev/null
rm -rf tmp
touch .installed
say "code-server $version installed"
echo "$entry"
