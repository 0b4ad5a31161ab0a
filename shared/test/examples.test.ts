/**
 * Every `@example` in shared/src runs: the documentation cannot drift from the code.
 *
 * The convention (one example per tag; it may wrap onto the next comment line):
 *   `call // result`            the call, evaluated against the exports of the module it documents,
 *                               equals `result` (toStrictEqual). `result` is a JavaScript value
 *                               (a literal, or built from JavaScript's own globals such as
 *                               `Date.UTC`), evaluated with no access to the module, optionally
 *                               followed by a note in parentheses: `// true (no 2026 notice yet)`.
 *   `call // throws: words`     the call throws an error whose message contains `words`.
 * An example must be exact: no `…` and no placeholders, since the result is checked as written.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

const SRC = join(__dirname, '..', 'src');

/**
 * How many examples shared/src holds today. Raising it is expected as examples are added;
 * the count below keeps an example from silently dropping out of the check.
 */
const AT_LEAST = 86;

interface Example {
  file: string;
  line: number;
  code: string;
  result: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
    });
}

/** Index of the first `//` outside string literals, or -1. */
function commentStart(text: string): number {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
    } else if (c === '/' && text[i + 1] === '/') {
      return i;
    }
  }
  return -1;
}

/** The `@example` tags of one file, with the line each starts on. */
function examplesIn(file: string): Example[] {
  const source = readFileSync(file, 'utf8');
  const found: Example[] = [];
  for (const block of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const firstLine = source.slice(0, block.index).split('\n').length;
    const lines = block[1].split('\n').map((l) => l.replace(/^\s*\*?\s?/, ''));
    const text = lines.join('\n');
    // A tag starts at `@name` preceded by the start of the comment or whitespace.
    const tags = [...text.matchAll(/(?:^|\s)@(\w+)/g)];
    tags.forEach((tag, i) => {
      if (tag[1] !== 'example') return;
      const start = (tag.index ?? 0) + tag[0].length;
      const end = i + 1 < tags.length ? tags[i + 1].index : text.length;
      const body = text.slice(start, end).replace(/\s*\n\s*/g, ' ').trim();
      const at = commentStart(body);
      const line = firstLine + text.slice(0, tag.index).split('\n').length - 1 + (tag[0].startsWith('\n') ? 1 : 0);
      found.push({
        file: relative(SRC, file),
        line,
        code: at < 0 ? body : body.slice(0, at).trim(),
        result: at < 0 ? '' : body.slice(at + 2).trim(),
      });
    });
  }
  return found;
}

const FILES = sourceFiles(SRC);
const EXAMPLES = FILES.flatMap(examplesIn);

/** Evaluates a literal with no access to the module: only JavaScript's own globals. */
function literal(text: string): unknown {
  return new Function(`"use strict"; return (${text});`)();
}

/** The stated result, with a trailing parenthesised note removed when the whole is not a literal. */
function statedResult(result: string): unknown {
  try {
    return literal(result);
  } catch (error) {
    const note = /^(.*?)\s+\([^()]*(?:\([^()]*\)[^()]*)*\)$/.exec(result);
    if (!note) throw error;
    return literal(note[1]);
  }
}

function run(example: Example): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require(join(SRC, example.file)) as Record<string, unknown>;
  const names = Object.keys(exports);
  return new Function(...names, `"use strict"; return (${example.code});`)(...names.map((n) => exports[n]));
}

it(`finds every @example in shared/src (at least ${AT_LEAST})`, () => {
  const written = FILES.reduce((n, file) => n + (readFileSync(file, 'utf8').match(/@example\b/g) ?? []).length, 0);
  expect(EXAMPLES.length).toBe(written);
  expect(EXAMPLES.length).toBeGreaterThanOrEqual(AT_LEAST);
});

describe.each(EXAMPLES.map((e) => [`${e.file}:${e.line} ${e.code} // ${e.result}`, e] as const))('%s', (_name, example) => {
  it('states a result and writes it out in full', () => {
    expect(example.result).not.toBe('');
    expect(`${example.code} ${example.result}`).not.toMatch(/…|<[a-z-]+\d*>/);
  });

  it('gives the stated result', () => {
    const throws = /^throws(?::\s*(.*))?$/.exec(example.result);
    if (throws) {
      expect(() => run(example)).toThrow(throws[1] ?? '');
      return;
    }
    expect(run(example)).toStrictEqual(statedResult(example.result));
  });
});
