/**
 * The operator's command for the staff allow-list:
 *   npm run staff --workspace cloudfunctions -- add    --org sjtu --identity <id>
 *   npm run staff --workspace cloudfunctions -- remove --org sjtu --identity <id>
 *   npm run staff --workspace cloudfunctions -- list  [--org sjtu]
 * Works on the local DATA_DIR; with STORE=cloudbase (and CloudBase credentials in the
 * environment) on the CloudBase database. A staff member finds their identity in the
 * console (admin.whoami).
 */
import { organisationKnown } from '../core/organisations';
import type { Store } from '../ports';
import { parseFlags, runFromCommandLine } from './operator';

export interface StaffCommand {
  verb: 'add' | 'remove' | 'list';
  org?: string;
  identity?: string;
}

const USAGE = '用法: npm run staff --workspace cloudfunctions -- add|remove|list --org <机构: sjtu、kupasi 或用 npm run org 登记的> --identity <身份标识>';

export function parseStaffArgs(argv: string[]): StaffCommand {
  const [verb, ...rest] = argv;
  if (verb !== 'add' && verb !== 'remove' && verb !== 'list') throw new Error(USAGE);
  const flags = parseFlags(rest, ['org', 'identity'], USAGE);
  const command: StaffCommand = { verb, ...flags };
  if (verb !== 'list' && (!command.org || !command.identity)) throw new Error(`${verb} 需要 --org 和 --identity。\n${USAGE}`);
  if (command.identity !== undefined && !/^[A-Za-z0-9_-]{6,128}$/.test(command.identity)) {
    throw new Error('身份标识只能包含字母、数字、下划线和连字符（6–128 位）');
  }
  return command;
}

export async function runStaffCommand(store: Store, command: StaffCommand, now = new Date()): Promise<string[]> {
  // Bundled organisations and those the operator registered (npm run org) have staff.
  if (command.org !== undefined && !(await organisationKnown(store, command.org))) {
    throw new Error(`没有机构 ${command.org}（内置的 sjtu、kupasi，或先用 npm run org -- add 登记）`);
  }
  if (command.verb === 'add') {
    const added = await store.addStaff(command.org!, command.identity!, now.toISOString());
    await store.appendAudit({ at: now.toISOString(), actor: 'operator', orgId: command.org!, action: 'staff.add', rows: added ? 1 : 0, detail: `添加工作人员 ${command.identity}` });
    return [added ? `已添加 ${command.identity} 为 ${command.org} 的工作人员` : `${command.identity} 已经是 ${command.org} 的工作人员`];
  }
  if (command.verb === 'remove') {
    const removed = await store.removeStaff(command.org!, command.identity!);
    await store.appendAudit({ at: now.toISOString(), actor: 'operator', orgId: command.org!, action: 'staff.remove', rows: removed ? 1 : 0, detail: `移除工作人员 ${command.identity}` });
    return [removed ? `已移除 ${command.org} 的工作人员 ${command.identity}` : `${command.identity} 不是 ${command.org} 的工作人员`];
  }
  const staff = await store.listStaff(command.org);
  return staff.length === 0 ? ['（没有工作人员）'] : staff.map((s) => `${s.orgId}\t${s.identity}\t${s.addedAt}`);
}

if (require.main === module) runFromCommandLine(parseStaffArgs, runStaffCommand);
