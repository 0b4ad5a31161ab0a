/**
 * The deployment settings the mini program is built with, read from the functions' own
 * deployment file, cloudbaserc.json: its envId (`{{env.TCB_ENV}}`) and the template
 * variables it hands the `reminders` function (`TEMPLATE_*`). Their values come from the
 * shell's environment, else the repository's `.env.local`, else its `.env`, which is how
 * CloudBase's CLI resolves `{{env.NAME}}`. None is a secret: the environment id and
 * template ids are visible in any WeChat build.
 */
import fs from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** `NAME=value` lines; `#` comments and blank lines skipped, optional quotes removed. */
export function parseDotenv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    values[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

function readDotenv(file: string): Record<string, string> {
  return fs.existsSync(file) ? parseDotenv(fs.readFileSync(file, 'utf8')) : {};
}

interface CloudbaseRc {
  envId?: string;
  functions?: { name: string; envVariables?: Record<string, string> }[];
}

export interface Deployment {
  /** CloudBase environment id; '' when not set. */
  cloudEnv: string;
  /** Subscribe-message template id per reminder kind that has one ('window-opens' → id). */
  subscribeTemplates: Record<string, string>;
}

/** `{{env.NAME}}` resolved against `values`; a literal stays as written. */
function resolve(template: string | undefined, values: Record<string, string | undefined>): string {
  if (!template) return '';
  const variable = /^\{\{\s*env\.([A-Za-z0-9_]+)\s*\}\}$/.exec(template);
  return (variable ? values[variable[1]] ?? '' : template).trim();
}

export function readDeployment(env: NodeJS.ProcessEnv = process.env, root: string = REPO_ROOT): Deployment {
  const rc = JSON.parse(fs.readFileSync(path.join(root, 'cloudbaserc.json'), 'utf8')) as CloudbaseRc;
  const values: Record<string, string | undefined> = { ...readDotenv(path.join(root, '.env')), ...readDotenv(path.join(root, '.env.local')), ...env };
  const reminders = rc.functions?.find((fn) => fn.name === 'reminders')?.envVariables ?? {};
  const subscribeTemplates: Record<string, string> = {};
  for (const [name, template] of Object.entries(reminders)) {
    if (!name.startsWith('TEMPLATE_')) continue;
    // TEMPLATE_WINDOW_OPENS → 'window-opens' (the rules module's reminderTemplateVariable, reversed).
    const kind = name.slice('TEMPLATE_'.length).toLowerCase().replace(/_/g, '-');
    const id = resolve(template, values);
    if (id) subscribeTemplates[kind] = id;
  }
  return { cloudEnv: resolve(rc.envId, values), subscribeTemplates };
}
