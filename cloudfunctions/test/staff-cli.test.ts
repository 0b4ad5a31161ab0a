import { SqliteStore } from '../src/adapters/sqlite';
import { parseStaffArgs, runStaffCommand } from '../src/cli/staff';

describe('staff command', () => {
  it('adds, lists and removes, and audits it', async () => {
    const store = new SqliteStore(':memory:');
    expect(await runStaffCommand(store, parseStaffArgs(['add', '--org', 'sjtu', '--identity', 'local_abcdef']))).toEqual(['已添加 local_abcdef 为 sjtu 的工作人员']);
    expect(await runStaffCommand(store, parseStaffArgs(['add', '--org', 'sjtu', '--identity', 'local_abcdef']))).toEqual(['local_abcdef 已经是 sjtu 的工作人员']);
    expect((await runStaffCommand(store, parseStaffArgs(['list'])))[0]).toMatch(/^sjtu\tlocal_abcdef\t/);
    expect(await store.staffOrgs('local_abcdef')).toEqual(['sjtu']);
    await runStaffCommand(store, parseStaffArgs(['remove', '--org', 'sjtu', '--identity', 'local_abcdef']));
    expect(await store.staffOrgs('local_abcdef')).toEqual([]);
    expect((await store.listAudit('sjtu', 10)).map((e) => e.action)).toEqual(['staff.remove', 'staff.add', 'staff.add']);
  });

  it.each([
    [['promote', '--org', 'sjtu']],
    [['add', '--org', 'sjtu']],
    [['add', '--org', 'nowhere', '--identity', 'local_abcdef']],
    [['add', '--org', 'sjtu', '--identity', 'bad id!']],
    [['add', '--org']],
  ])('refuses %j with a message', (argv) => {
    expect(() => parseStaffArgs(argv)).toThrow(/./);
  });
});
