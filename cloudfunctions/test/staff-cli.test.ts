import { SqliteStore } from '../src/adapters/sqlite';
import { parseOrgArgs, runOrgCommand } from '../src/cli/org';
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

  it('refuses an organisation neither bundled nor registered, and accepts one the operator registered', async () => {
    const store = new SqliteStore(':memory:');
    await expect(runStaffCommand(store, parseStaffArgs(['add', '--org', 'nowhere', '--identity', 'local_abcdef']))).rejects.toThrow('没有机构 nowhere');
    expect(await store.listStaff()).toEqual([]);
    expect(await runOrgCommand(store, parseOrgArgs(['add', '--id', 'nowhere', '--name', '某职业技能评价机构']))).toHaveLength(1);
    expect(await runOrgCommand(store, parseOrgArgs(['add', '--id', 'nowhere', '--name', '某职业技能评价机构']))).toEqual(['nowhere 已经登记过']);
    expect(await runStaffCommand(store, parseStaffArgs(['add', '--org', 'nowhere', '--identity', 'local_abcdef']))).toEqual(['已添加 local_abcdef 为 nowhere 的工作人员']);
    expect((await store.listAudit('nowhere', 10)).map((e) => e.action)).toEqual(['staff.add', 'org.add']);
  });

  it.each([
    [['register', '--id', 'acme']],
    [['add', '--id', 'acme']],
    [['add', '--id', 'Acme Co', '--name', '某职业技能评价机构']],
    [['add', '--id', 'sjtu', '--name', '上海交通大学']],
    [['add', '--id', 'acme', '--name', '某\u0000机构']],
  ])('org command refuses %j with a message', (argv) => {
    expect(() => parseOrgArgs(argv)).toThrow(/./);
  });

  it.each([
    [['promote', '--org', 'sjtu']],
    [['add', '--org', 'sjtu']],
    [['add', '--org', 'sjtu', '--identity', 'bad id!']],
    [['add', '--org']],
  ])('refuses %j with a message', (argv) => {
    expect(() => parseStaffArgs(argv)).toThrow(/./);
  });
});
