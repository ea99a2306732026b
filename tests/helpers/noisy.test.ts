// Tests of a test helper, not of hesabat: the noisy renderings of the seed (tests/support/noisy.ts) that the
// robustness tests feed the pipeline must be what they claim to be.
// Properties of the noisy renderings themselves, independent of the pipeline: deterministic, really noisy,
// and still carrying the seed's words (checked with a naive normaliser written here, not the pipeline's).
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  RENDERINGS,
  RUNNING_HEADER,
  allNoise,
  crlfFormFeeds,
  decomposed,
  lookalikesAndNbsp,
  onePerParagraph,
  pageFurniture,
  rewrapNarrow,
} from '../support/noisy.js';

const SEED = readFileSync(new URL('../../input/2022-azerbaijan.az.txt', import.meta.url), 'utf8');

/** Cyrillic look-alike → Latin letter (written independently of noisy.ts). */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  '\u0430': 'a', '\u0435': 'e', '\u043E': 'o', '\u0440': 'p', '\u0441': 'c', '\u0445': 'x', '\u0443': 'y',
  '\u0456': 'i', '\u04D9': 'ə', '\u04D8': 'Ə', '\u041A': 'K', '\u041C': 'M', '\u041D': 'H', '\u0422': 'T',
  '\u0412': 'B',
};

/** Renderings that add word-break hyphens at line ends (every line-end hyphen there is one). */
const ADDS_WORD_BREAKS = new Set(['rewrapNarrow', 'allNoise']);

/** The seed's logical blocks as read by hand: how each starts (title, paragraphs, stand-alone headings). */
const BLOCK_STARTS = [
  'AZƏRBAYCAN (Səviyyə 2)',
  'Azərbaycan hökuməti insan alverinin',
  'PRİORİTET TÖVSİYƏLƏR: İnsan alverçiləri',
  'MƏHKƏMƏ TƏQİBİ',
  'Hökumət məhkəmə təqibi ilə bağlı',
  'DİN-in tabeliyində əksər',
  'MÜDAFİƏ',
  'Hökumət insan alveri qurbanlarının müdafiəsi',
  'Hökumət qurbanlara yardım üçün',
  'Müşahidəçilərin sözlərinə görə, hüquq',
  'Hökumət profilaktik tədbirləri',
  'İNSAN ALVERİ PROFİLİ: Ötən',
];

const isFurniture = (line: string): boolean => {
  const t = line.trim();
  return /^(?:-\s*\d+\s*-|Səhifə\s+\d+|\d+)$/u.test(t) || t === '2022 İNSAN ALVERİ HAQQINDA HESABAT';
};

/** Character-level clean-up: NFC, look-alikes back to Latin, invisibles dropped, NBSP/tab → space, LF, no \f. */
function cleanChars(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0400-\u04FF]/gu, (c) => CYRILLIC_TO_LATIN[c] ?? c)
    .replace(/[\uFEFF\u200B\u00AD]/gu, '')
    .replace(/[\u00A0\t]/gu, ' ')
    .replace(/\r\n?/gu, '\n')
    .replace(/\f/gu, '');
}

/** Naive normaliser: clean characters, drop furniture lines, join line-end hyphens, split into words. */
function words(text: string, wordBreaks: boolean): string[] {
  const body = cleanChars(text)
    .split('\n')
    .filter((line) => !isFurniture(line))
    .join('\n');
  return body
    .replace(/(?<=\S)-[ ]*\n\s*(?=\S)/gu, wordBreaks ? '' : '-')
    .split(/\s+/u)
    .filter((w) => w !== '');
}

/** Joins the lines of one rendered block: a line-end hyphen is a word break when `wordBreaks`. */
function unwrap(block: string, wordBreaks: boolean): string {
  return block
    .split('\n')
    .reduce((acc, line) => (acc === '' ? line : acc.endsWith('-') ? (wordBreaks ? acc.slice(0, -1) : acc) + line : `${acc} ${line}`), '');
}

const collapse = (s: string): string => s.trim().split(/\s+/u).join(' ');
const SEED_WORDS = words(SEED, false);

describe('noisy renderings', () => {
  it('exports every rendering by name', () => {
    expect(Object.keys(RENDERINGS).sort()).toEqual(
      ['allNoise', 'crlfFormFeeds', 'decomposed', 'lookalikesAndNbsp', 'onePerParagraph', 'pageFurniture', 'rewrapNarrow'].sort(),
    );
  });

  it('the naive normaliser reads the seed as expected', () => {
    expect(SEED_WORDS.length).toBeGreaterThan(2500);
    expect(SEED_WORDS).toContain('QHT-lər'); // "QHT-" + "lər" across a line end
    expect(SEED_WORDS).toContain('DİN-in');
    expect(SEED_WORDS).not.toContain('QHT-');
  });

  for (const [name, render] of Object.entries(RENDERINGS)) {
    describe(name, () => {
      const out = render(SEED);
      it('is deterministic', () => {
        expect(render(SEED)).toBe(out);
      });
      it('differs from the seed', () => {
        expect(out).not.toBe(SEED);
      });
      it('keeps the same sequence of words as the seed', () => {
        expect(words(out, ADDS_WORD_BREAKS.has(name))).toEqual(SEED_WORDS);
      });
    });
  }

  describe('crlfFormFeeds', () => {
    const out = crlfFormFeeds(SEED);
    const lines = out.slice(1).split('\r\n');
    it('starts with a BOM and uses CRLF only', () => {
      expect(out.startsWith('\uFEFF')).toBe(true);
      expect(out.slice(1)).not.toContain('\uFEFF');
      expect(/(?<!\r)\n/u.test(out)).toBe(false);
      expect(/\r(?!\n)/u.test(out)).toBe(false);
    });
    it('turns each page-break run (4 inside, plus the leading and trailing runs) into one form-feed line', () => {
      expect(lines.filter((l) => l.includes('\f'))).toEqual(Array(6).fill('\f'));
      let run = 0;
      let longest = 0;
      for (const l of lines) {
        run = /^[ \t]*$/u.test(l) ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      expect(longest).toBeLessThan(4);
    });
    it('keeps page breaks mid-sentence as in the seed', () => {
      const i = lines.findIndex((l) => l.endsWith('Hökumət ölkə daxilində insan alverinin '));
      expect(lines[i + 1]).toBe('\f');
      expect(lines[i + 2]?.startsWith('azərbaycanlı qurbanlarının')).toBe(true);
    });
  });

  describe('rewrapNarrow', () => {
    for (const width of [30, 38, 50, 72]) {
      it(`wraps to ${width} columns with word-break hyphens and keeps the words`, () => {
        const out = rewrapNarrow(SEED, width);
        const lines = out.split('\n');
        expect(Math.max(...lines.map((l) => Array.from(l).length))).toBeLessThanOrEqual(width + 1);
        const breaks = lines.filter((l) => /\p{L}-$/u.test(l));
        expect(breaks.length).toBeGreaterThan(10);
        expect(words(out, true)).toEqual(SEED_WORDS);
      });
    }

    const out = rewrapNarrow(SEED);
    const lines = out.split('\n');
    it('breaks only plain words, after ≥3 and before ≥3 letters', () => {
      lines.forEach((line, i) => {
        if (!line.endsWith('-')) return;
        const head = (line.split(' ').pop() as string).slice(0, -1).replace(/^[^\p{L}]+/u, '');
        const tail = (lines[i + 1] as string).split(' ')[0]?.replace(/[^\p{L}]+$/u, '') ?? '';
        expect(head, line).toMatch(/^\p{Lu}?\p{Ll}{2,}$/u);
        expect(Array.from(head).length, line).toBeGreaterThanOrEqual(3);
        expect(tail, line).toMatch(/^\p{Ll}{3,}$/u);
      });
    });
    it('keeps the blocks: one blank line between them, none inside, headings in place', () => {
      expect(lines.filter((l) => l === '').length).toBe(BLOCK_STARTS.length - 1 + 1); // + the final newline
      const blocks = out.trimEnd().split('\n\n');
      blocks.forEach((b, i) => expect(unwrap(b, true).startsWith(BLOCK_STARTS[i] as string), b.slice(0, 60)).toBe(true));
      expect(blocks[3]).toBe('MƏHKƏMƏ TƏQİBİ');
      expect(blocks[6]).toBe('MÜDAFİƏ');
      expect(lines.some((l) => l.startsWith('PRİORİTET TÖVSİYƏLƏR: İnsan'))).toBe(true);
      expect(lines.some((l) => l.startsWith('İNSAN ALVERİ PROFİLİ: Ötən'))).toBe(true);
      const flat = onePerParagraph(SEED).trimEnd().split('\n\n');
      expect(blocks.map((b) => unwrap(b, true))).toEqual(flat.map(collapse));
    });
  });

  describe('lookalikesAndNbsp', () => {
    const out = lookalikesAndNbsp(SEED);
    it('contains every kind of noise', () => {
      expect(out).toMatch(/[\u0400-\u04FF]/u);
      for (const ch of ['\u00A0', '\u200B', '\u00AD', '\t']) expect(out).toContain(ch);
    });
    it('uses only the listed look-alikes, at most one per word, in words that stay mostly Latin', () => {
      const cyr = out.match(/[\u0400-\u04FF]/gu) ?? [];
      expect(cyr.length).toBeGreaterThan(50);
      for (const c of cyr) expect(Object.keys(CYRILLIC_TO_LATIN)).toContain(c);
      for (const token of out.replace(/[\u200B\u00AD]/gu, '').split(/[\s\u00A0]+/u)) {
        for (const word of token.match(/[\p{Script=Latin}\u0400-\u04FF]+/gu) ?? []) {
          const n = (word.match(/[\u0400-\u04FF]/gu) ?? []).length;
          expect(n, word).toBeLessThanOrEqual(1);
          if (n === 1) {
            expect(Array.from(word).length, word).toBeGreaterThanOrEqual(3);
            expect((word.match(/\p{Script=Latin}/gu) ?? []).length, word).toBeGreaterThanOrEqual(2);
          }
        }
      }
    });
    it('puts zero-width spaces and soft hyphens only inside words', () => {
      expect(/(?<!\p{L})[\u200B\u00AD]|[\u200B\u00AD](?!\p{L})/u.test(out.replace(/[\u200B\u00AD](?=[\u200B\u00AD])/gu, ''))).toBe(false);
    });
    it('leaves the line structure alone and depends only on its seed', () => {
      expect(out.split('\n').map((l) => /^\s*$/u.test(l))).toEqual(SEED.split('\n').map((l) => /^\s*$/u.test(l)));
      expect(lookalikesAndNbsp(SEED, 0.08, 2)).not.toBe(out);
      expect(lookalikesAndNbsp(SEED, 0.08, 1)).toBe(out);
      expect(lookalikesAndNbsp(SEED, 0)).toBe(SEED);
    });
  });

  describe('decomposed', () => {
    const out = decomposed(SEED);
    it('is NFD of the seed', () => {
      expect(out.normalize('NFC')).toBe(SEED.normalize('NFC'));
      for (const mark of ['\u0308', '\u0327', '\u0307', '\u0306']) expect(out).toContain(mark);
      expect(out).not.toMatch(/[öüçşğİ]/u);
    });
  });

  describe('pageFurniture', () => {
    const out = pageFurniture(SEED);
    const lines = out.split('\n');
    const headers = lines.flatMap((l, i) => (l === RUNNING_HEADER ? [i] : []));
    it('adds a footer in each style and the same running header on each page', () => {
      expect(out).toContain('Səhifə');
      expect(headers.length).toBe(25); // 516 raw lines, the last break before the last text line (511)
      const footers = headers.map((h) => lines[h - 5] as string);
      expect(footers.map((f) => Number(f.replace(/\D+/gu, '')))).toEqual(headers.map((_, k) => k + 1));
      expect(footers.some((f) => /^- \d+ -$/u.test(f))).toBe(true);
      expect(footers.some((f) => /^Səhifə \d+$/u.test(f))).toBe(true);
      expect(footers.some((f) => /^\d+$/u.test(f))).toBe(true);
    });
    it('inserts the furniture every 20 raw lines, even mid-sentence, and nothing else', () => {
      const removed = lines.filter((_, i) => !headers.some((h) => i >= h - 6 && i <= h + 1));
      expect(removed.join('\n')).toBe(SEED);
      expect(headers[0]).toBe(20 + 6);
      const before = headers.map((h) => lines.slice(0, h - 6).filter((l) => l.trim() !== '').pop() ?? '');
      expect(before.some((l) => !/[.;:)]\s*$/u.test(l))).toBe(true);
    });
  });

  describe('onePerParagraph', () => {
    const out = onePerParagraph(SEED);
    const blocks = out.trimEnd().split('\n\n');
    it('puts each block on one line, blocks separated by one blank line', () => {
      expect(blocks.length).toBe(BLOCK_STARTS.length);
      blocks.forEach((b, i) => {
        expect(b).not.toContain('\n');
        expect(b.startsWith(BLOCK_STARTS[i] as string), b.slice(0, 60)).toBe(true);
      });
    });
    it('joins real line-end hyphens without a space', () => {
      for (const s of ['o cümlədən QHT-lər tərəfindən', 'DİN-in nəzarətindəki sığınacağa', '2021-ci ildə 15 potensial', '2020-ci ildə 30,000']) {
        expect(out).toContain(s);
      }
      expect(out).not.toMatch(/- /u);
    });
  });

  describe('allNoise', () => {
    const out = allNoise(SEED);
    it('carries several kinds of noise at once', () => {
      expect(out.startsWith('\uFEFF')).toBe(true);
      expect(out).toContain('\r\n');
      expect(out).toContain('\f');
      expect(out).toMatch(/[\u0400-\u04FF]/u);
      expect(out).toContain('\u00A0');
      expect(out).toMatch(/\p{L}-\r\n/u);
      const clean = cleanChars(out);
      expect(clean).toContain('Səhifə');
      expect(clean).toContain(RUNNING_HEADER);
    });
  });
});
