/**
 * WeChat's own CI package (`miniprogram-ci`), run offline: a throwaway signing key made
 * on the spot (nothing is uploaded, so no real key is needed and none is in the repo),
 * the project's attributes given locally instead of fetched from WeChat, and every
 * request it still tries sent to a closed local port.
 *
 * Run as a script (`tsx scripts/wechat/ci.ts <out.json>`): miniprogram-ci is large and
 * leaves file watchers running, so the test runs it in a process of its own.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as ci from 'miniprogram-ci';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

const MB_SETTING = {
  // WeChat's published limits, in MB: main package 2, each subpackage 2, all packages 20.
  MaxCodeSize: 2,
  MaxSubpackageSubCodeSize: 2,
  MaxSubpackageFullCodeSize: 20,
  NavigateMiniprogramLimit: 10,
  MaxSubPackageLimit: 100,
  MinTabbarCount: 2,
  MaxTabbarCount: 5,
  MaxCustomTabbarCount: 5,
  MaxTabbarIconSize: 40,
};

/** An address nothing listens on: miniprogram-ci's requests fail at once, on this machine. */
const NO_NETWORK = 'http://127.0.0.1:9';

export type CiProject = InstanceType<typeof ci.Project>;

/** The repository's WeChat project (project.config.json → client/dist/weapp), as miniprogram-ci sees it. */
export function offlineProject(projectPath: string = REPO_ROOT): CiProject {
  ci.proxy(NO_NETWORK);
  const { privateKey } = crypto.generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const project = new ci.Project({
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath,
    privateKey,
    ignores: ['node_modules/**/*'],
  });
  // Without this, miniprogram-ci asks WeChat's servers for the account's attributes.
  project.attr = async () => ({ platform: false, appType: 0, isSandbox: false, released: false, setting: MB_SETTING });
  return project;
}

export interface QualityItem {
  name?: string;
  success: boolean;
  text: string;
}

/** WeChat's code-quality check (DevTools 代码质量): minification, lazy code loading, package sizes… */
export async function checkCodeQuality(project: CiProject): Promise<QualityItem[]> {
  return (await ci.checkCodeQuality(project)) as QualityItem[];
}

/**
 * The upload package miniprogram-ci would build, file by file. It validates app.json and
 * every page's JSON as WeChat does on upload, and throws on the first one it refuses.
 */
export async function compiledFiles(project: CiProject): Promise<string[]> {
  const result = await ci.getCompiledResult({
    project,
    version: '0.0.0',
    desc: 'offline check',
    setting: { es6: false, es7: false, minify: false, minifyJS: false, minifyWXML: false, minifyWXSS: false, autoPrefixWXSS: false, codeProtect: false },
    onProgressUpdate: () => undefined,
  });
  return Object.keys(result).sort();
}

export interface CiReport {
  files: string[];
  /** The upload package's refusal, when it refused. */
  compileError: string | null;
  quality: QualityItem[];
}

async function main(out: string): Promise<void> {
  const report: CiReport = { files: [], compileError: null, quality: [] };
  try {
    report.files = await compiledFiles(offlineProject());
  } catch (error) {
    report.compileError = error instanceof Error ? error.message : String(error);
  }
  report.quality = await checkCodeQuality(offlineProject());
  fs.writeFileSync(out, JSON.stringify(report));
}

if (require.main === module) {
  main(process.argv[2]).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
