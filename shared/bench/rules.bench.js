// Prints how fast the rules answer (figures only; nothing here asserts timings).
// Run: npm run bench --workspace shared
const path = require('path');
require('../test/helpers/register-ts');

const rules = require(path.join(__dirname, '..', 'src', 'index.ts'));

function measure(label, runs, fn) {
  for (let i = 0; i < Math.min(200, runs); i += 1) fn(i); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i += 1) fn(i);
  const micros = Number(process.hrtime.bigint() - start) / 1000 / runs;
  console.log(`${label.padEnd(52)} ${micros.toFixed(2).padStart(8)} µs/call  (${runs} calls)`);
}

const day = (i) => rules.addDays('2025-01-01', i % 700);
const applicant = {
  birthDate: '1990-05-01',
  work: [{ from: '2012-01-01', to: '2015-06-30' }, { from: '2016-01-01', to: '2019-02-01' }, { from: '2020-03-01' }],
  certificates: [{ level: 4, obtainedOn: '2019-06-01' }],
  titles: [{ grade: 'junior', obtainedOn: '2021-01-01' }],
  schooling: [{ school: 'university', relatedMajor: true, status: 'graduated' }],
};

measure('checkEligibility, 3 periods, level 2 (not yet)', 20000, (i) => rules.checkEligibility(applicant, 2, day(i)));
measure('checkEligibility, level 3', 20000, (i) => rules.checkEligibility(applicant, 3, day(i)));
measure('addWorkdays(date, 30)', 20000, (i) => rules.addWorkdays(day(i), 30));
measure('ticketReleaseDate sjtu group', 20000, (i) => rules.ticketReleaseDate('sjtu', day(i), 'group'));
measure('applicationWindow', 50000, (i) => rules.applicationWindow('kupasi', day(i)));
measure('upcomingWindows(…, 6)', 20000, (i) => rules.upcomingWindows('sjtu', day(i), 6));
measure('parseIdNumber', 50000, () => rules.parseIdNumber('11010519491231002X'));

// Publishing: a notice document checked against the schema and the notice's text, and a rulebook built from documents.
const notice = require(path.join(__dirname, '..', 'src', 'notice', 'index.ts'));
const sjtuText = require('fs').readFileSync(path.join(__dirname, '..', 'notices', 'sjtu-2025.txt'), 'utf8');
measure('validateNoticeDocument sjtu-2025 (schema, checks, quotes)', 200, () => notice.validateNoticeDocument(rules.SJTU_2025, sjtuText));
measure('createRulebook from the two 2025 documents', 2000, () => rules.createRulebook({ notices: rules.BUNDLED_NOTICES }));
