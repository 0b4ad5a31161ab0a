/**
 * Figures for reading notice PDFs: each bundled notice's text (shared/notices/*.txt) printed to PDF
 * by Chromium, then its text read back as notices.check/publish read it: the first read in a fresh
 * worker (worker start and unpdf's load included), later reads, a cached read, and how many of the
 * document's quotes the text gives. Also a scan and a 101-page file (refused).
 * Run: npx tsx test/notices.bench.ts [rounds]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLED_NOTICES } from '@skills/shared';
import { documentWording, quoteProblems } from '@skills/shared/src/notice';
import { pdfText } from '../src/pdf';
import { noticePdf } from './fixtures/noticePdf';

const TEXTS: Record<string, string> = { sjtu: 'sjtu-2025.txt', kupasi: 'kupasi-2025.txt' };

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = process.hrtime.bigint();
  const value = await run();
  return { value, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 5);
  for (const document of BUNDLED_NOTICES) {
    const text = readFileSync(path.resolve(__dirname, '..', '..', 'shared', 'notices', TEXTS[document.orgId]), 'utf8');
    const printing = await timed(() => noticePdf({ kind: 'text', text }));
    const bytes = printing.value;
    const first = await timed(() => pdfText(`${document.orgId}:first`, async () => bytes));
    const later: number[] = [];
    for (let i = 0; i < rounds; i += 1) later.push((await timed(() => pdfText(`${document.orgId}:${String(i)}`, async () => bytes))).ms);
    const cached = await timed(() => pdfText(`${document.orgId}:first`, async () => bytes));
    const answer = first.value;
    const quotes = documentWording(document).length;
    const missing = answer.ok ? quoteProblems(document, answer.text).length : quotes;
    console.log(
      `${document.orgId}: PDF ${(bytes.length / 1024).toFixed(0)} KB, ${String(answer.pages)} pages (printed or cached in ${printing.ms.toFixed(0)} ms); ` +
        `text read in ${first.ms.toFixed(0)} ms first (fresh worker), median ${median(later).toFixed(0)} ms of ${String(rounds)} later, cached ${cached.ms.toFixed(1)} ms; ` +
        `${String(quotes - missing)}/${String(quotes)} quoted texts found`,
    );
  }
  const sjtu = readFileSync(path.resolve(__dirname, '..', '..', 'shared', 'notices', TEXTS.sjtu), 'utf8');
  for (const [label, spec] of [
    ['scan', { kind: 'scanned', text: sjtu }],
    ['101 pages', { kind: 'pages', count: 101 }],
  ] as const) {
    const bytes = await noticePdf(spec);
    const read = await timed(() => pdfText(label, async () => bytes));
    console.log(`${label}: PDF ${(bytes.length / 1024).toFixed(0)} KB, answered ${read.value.ok ? 'text' : read.value.code} in ${read.ms.toFixed(0)} ms`);
  }
}

void main();
