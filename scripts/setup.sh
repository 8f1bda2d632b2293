#!/usr/bin/env bash
# One-time setup on a fresh machine: system packages (Jupyter, Chromium), npm packages,
# the compiled package, and the tslab and Deno Jupyter kernels. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
need_apt=""
for bin in jupyter-nbconvert chromium; do command -v "$bin" >/dev/null 2>&1 || need_apt=1; done
/usr/bin/python3 -c "import nbclient, ipykernel" >/dev/null 2>&1 || need_apt=1
if [ -n "$need_apt" ]; then
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    jupyter-nbconvert jupyter-client python3-nbclient python3-ipykernel chromium >/dev/null
fi
npm ci --no-audit --no-fund
npm run -s build
export PATH="$PWD/node_modules/.bin:$PATH"
tslab install --python=/usr/bin/python3 >/dev/null
deno jupyter --install >/dev/null 2>&1 || deno jupyter --install --force >/dev/null
echo "setup: done (node $(node --version), deno $(deno --version | head -1 | cut -d' ' -f2), kernels: $(jupyter kernelspec list 2>/dev/null | tail -n +2 | awk '{print $1}' | tr '\n' ' '))"
