// Builds the H5 client when client/dist/h5/index.html is missing or older than its sources.
// Run under `flock` by the e2e harness so that suites started together build once.
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const clientDir = path.resolve(__dirname, '..');
const repoRoot = path.resolve(clientDir, '..');
const index = path.join(clientDir, 'dist', 'h5', 'index.html');

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const sources = Math.max(
  newestMtime(path.join(clientDir, 'src')),
  newestMtime(path.join(clientDir, 'config')),
  newestMtime(path.join(repoRoot, 'shared', 'src')),
);
if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) {
  console.log('[h5] 构建已是最新');
} else {
  console.log('[h5] 构建 H5 客户端…');
  // NODE_ENV=test (set by jest) would make Taro build for development, with React Refresh.
  execSync('npx taro build --type h5', { cwd: clientDir, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
