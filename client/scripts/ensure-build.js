// Builds one target of the client (`h5` or `weapp`) when its build is missing or older
// than its sources. Run under `flock` by the e2e harness so that suites started together build once.
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const clientDir = path.resolve(__dirname, '..');
const repoRoot = path.resolve(clientDir, '..');
const target = process.argv[2] === 'weapp' ? 'weapp' : 'h5';
// The file each build writes last-ish and always: its presence and age stand for the build.
const marker = path.join(clientDir, 'dist', target, target === 'h5' ? 'index.html' : 'app.json');

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

// The deployment settings the build bakes in (config/deployment.ts): a change means a rebuild.
const deployment = JSON.stringify(
  Object.keys(process.env)
    .filter((name) => name === 'TCB_ENV' || name.startsWith('TEMPLATE_'))
    .sort()
    .map((name) => [name, process.env[name]]),
);
const stamp = path.join(clientDir, 'dist', `${target}.deployment.json`);
// Written after each build made here: a build made elsewhere since (npm run build:weapp) is newer than it.
const sameDeployment =
  fs.existsSync(stamp) &&
  fs.readFileSync(stamp, 'utf8') === deployment &&
  (!fs.existsSync(marker) || fs.statSync(stamp).mtimeMs >= fs.statSync(marker).mtimeMs);

const sources = Math.max(
  newestMtime(path.join(clientDir, 'src')),
  newestMtime(path.join(clientDir, 'config')),
  newestMtime(path.join(repoRoot, 'shared', 'src')),
);
if (sameDeployment && fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= sources) {
  console.log(`[${target}] 构建已是最新`);
} else {
  console.log(`[${target}] 构建客户端（${target}）…`);
  // NODE_ENV=test (set by jest) would make Taro build for development, with React Refresh.
  execSync(`npx taro build --type ${target}`, { cwd: clientDir, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  fs.writeFileSync(stamp, deployment);
}
