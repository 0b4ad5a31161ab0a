// Runs the rules module in a fresh Node process (whose TZ the parent sets) and prints the
// answers for the cases given on stdin.
const fs = require('fs');
const path = require('path');
require('./register-ts');

const rules = require(path.join(__dirname, '..', '..', 'src', 'index.ts'));
const cases = JSON.parse(fs.readFileSync(0, 'utf8'));
const answers = cases.map(({ fn, args }) => {
  try {
    return rules[fn](...args);
  } catch (error) {
    return { error: error.code, message: error.message };
  }
});
process.stdout.write(JSON.stringify({ zoneHour: new Date(0).getHours(), answers }));
