/**
 * The operator's command for the ticket-signing keys:
 *   npm run keys --workspace cloudfunctions -- list   --org sjtu
 *   npm run keys --workspace cloudfunctions -- rotate --org sjtu
 * Rotating retires the active key: QR codes signed with it no longer pass at the door, and
 * candidates see a new code the next time they open their ticket. Staff devices must
 * download their rosters again. Only public halves are ever printed.
 */
import * as rules from '../core/rules';
import { publicKeys, rotate } from '../core/ticketCodes';
import type { Store } from '../ports';
import { runFromCommandLine } from './operator';

export interface KeysCommand {
  verb: 'list' | 'rotate';
  org: string;
}

const USAGE = '用法: npm run keys --workspace cloudfunctions -- list|rotate --org <机构: sjtu|kupasi>';

export function parseKeysArgs(argv: string[]): KeysCommand {
  const [verb, flag, org, ...extra] = argv;
  if ((verb !== 'list' && verb !== 'rotate') || flag !== '--org' || !org || extra.length > 0) throw new Error(USAGE);
  rules.organisation(org);
  return { verb, org };
}

export async function runKeysCommand(store: Store, command: KeysCommand, now = new Date()): Promise<string[]> {
  const at = now.toISOString();
  const keys = command.verb === 'rotate' ? await rotate(store, command.org, at) : await publicKeys(store, command.org, at);
  if (command.verb === 'rotate') {
    await store.appendAudit({ at, actor: 'operator', orgId: command.org, action: 'keys.rotate', rows: 1, detail: `更换准考证签名密钥，新密钥 ${keys[0].keyId}` });
  }
  return keys.map((k) => `${k.keyId}\t${k.status === 'active' ? '使用中' : '已停用'}\t${k.createdAt}\t${k.publicKey}`);
}

if (require.main === module) runFromCommandLine(parseKeysArgs, runKeysCommand);
