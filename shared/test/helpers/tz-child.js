// Runs the rules module in a fresh Node process (whose TZ the parent sets) and prints the
// answers for the cases given on stdin. TypeScript is compiled on the fly with `typescript`.
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

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
