// `npm start`: build the H5 client first if it has not been built yet.
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
if (!existsSync(path.join(root, 'client', 'dist', 'h5', 'index.html'))) {
  console.log('未找到 H5 构建，正在构建（约 20 秒）…');
  execSync('npm run build:h5 --workspace client', { cwd: root, stdio: 'inherit' });
}
