/**
 * Noisy renderings of the seed report text, for robustness tests.
 *
 * Every rendering is a pure, deterministic function string → string, written without looking at the
 * pipeline: the pipeline must recover from each of them the same sentences (clean texts and sections)
 * as from the seed itself. Randomness comes only from a seeded PRNG (mulberry32); no Math.random, no Date.
 */

/** One logical block of the seed: the title line, a stand-alone heading, or a paragraph. */
export interface Block {
  kind: 'title' | 'heading' | 'paragraph';
  /** The block on one line: trimmed lines joined by one space (no space after a line-end hyphen). */
  text: string;
}

/** The running header that pageFurniture repeats on every page. */
export const RUNNING_HEADER = '2022 İNSAN ALVERİ HAQQINDA HESABAT';

/** Latin letter → Cyrillic look-alike, as found in digital Azerbaijani text. */
export const LOOKALIKES: Readonly<Record<string, string>> = {
  a: '\u0430', e: '\u0435', o: '\u043E', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456',
  'ə': '\u04D9', 'Ə': '\u04D8', K: '\u041A', M: '\u041C', H: '\u041D', T: '\u0422', B: '\u0412',
};

/** A blank run of this many or more whitespace-only lines is a page break in the seed (paragraph breaks are 2–3). */
const PAGE_BREAK_MIN_LINES = 4;
/** A heading that starts a line and runs into its first sentence: "PRİORİTET TÖVSİYƏLƏR: İnsan …". */
const HEADING_RUN = /^(\p{Lu}[\p{Lu} ]*\p{Lu}:)\s+(?=\S)/u;
const VOWELS = 'aıoueəiöüAIOUEƏİÖÜ';
/** The seed's glued-words slip: broken at its glue point it would read as a real hyphen, so never break it. */
const UNBREAKABLE_WORDS: ReadonlySet<string> = new Set(['sığınacağayardımı']);

/** mulberry32: small seeded PRNG so every noisy rendering is reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits text into lines on any line ending, dropping a leading BOM. */
function splitLines(raw: string): string[] {
  return raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** True for lines that carry no text (empty or whitespace only). */
function isBlank(line: string): boolean {
  return /^\s*$/u.test(line);
}

/** True for a stand-alone heading line: letters, all upper-case, no sentence running on after a colon. */
function isStandaloneHeading(line: string): boolean {
  const t = line.trim();
  return /\p{Lu}.*\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t) && !HEADING_RUN.test(t);
}

/** Joins one more line to a block's text: a line-end hyphen (always a real one in the seed: "QHT-" + "lər") joins without a space. */
function appendLine(text: string, line: string): string {
  const t = line.trim();
  if (text === '') return t;
  return /\S-$/u.test(text) ? text + t : `${text} ${t}`;
}

/**
 * Recovers the seed's logical blocks: first content line = title; an all-capitals line = stand-alone heading;
 * a blank run of 2–3 lines, a line opening with a heading run, or a line indented right after another line
 * starts a paragraph; a single blank line or a page-break run (≥4 blank/single-space lines) continues it.
 */
export function recoverBlocks(raw: string): Block[] {
  const blocks: Block[] = [];
  let gap = 0;
  for (const line of splitLines(raw)) {
    if (isBlank(line)) {
      gap += 1;
      continue;
    }
    const last = blocks[blocks.length - 1];
    const isHeading = isStandaloneHeading(line);
    let startsBlock: boolean;
    if (last === undefined || last.kind !== 'paragraph' || isHeading || HEADING_RUN.test(line.trim())) {
      startsBlock = true;
    } else if (gap === 0) {
      startsBlock = /^\s/u.test(line);
    } else {
      startsBlock = gap >= 2 && gap < PAGE_BREAK_MIN_LINES;
    }
    gap = 0;
    if (startsBlock || last === undefined) {
      const kind: Block['kind'] = last === undefined ? 'title' : isHeading ? 'heading' : 'paragraph';
      blocks.push({ kind, text: line.trim() });
    } else {
      last.text = appendLine(last.text, line);
    }
  }
  return blocks;
}

/** Whether a letter is a vowel, for syllable-boundary word breaks. */
function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.includes(ch);
}

/**
 * Where to break a token with a word-break hyphen so that its first part (with the hyphen) fits in `room`
 * characters: at a syllable boundary (before consonant+vowel or between two vowels), with at least 3 letters
 * on each side; only plain words (one optional capital, then lower-case letters) with outer punctuation at
 * most. Returns the cut offset in the token, or -1.
 */
function breakPoint(token: string, room: number): number {
  const lead = /^[^\p{L}\p{N}]*/u.exec(token)?.[0] ?? '';
  const trail = /[^\p{L}\p{N}]*$/u.exec(token)?.[0] ?? '';
  const core = token.slice(lead.length, token.length - trail.length);
  if (!/^\p{Lu}?\p{Ll}+$/u.test(core) || UNBREAKABLE_WORDS.has(core.toLocaleLowerCase('az'))) return -1;
  for (let j = core.length - 3; j >= 3; j -= 1) {
    const boundary =
      (!isVowel(core[j]) && isVowel(core[j + 1])) || (isVowel(core[j - 1]) && isVowel(core[j]));
    if (boundary && lead.length + j <= room) return lead.length + j;
  }
  return -1;
}

/** Greedy wrap of unbreakable-or-hyphenatable units to `width` columns (the hyphen counts in the width). */
function wrapUnits(units: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const unit of units) {
    let rest = unit;
    for (;;) {
      const sep = cur === '' ? '' : ' ';
      if (cur.length + sep.length + rest.length <= width) {
        cur += sep + rest;
        break;
      }
      const cut = breakPoint(rest, width - cur.length - sep.length - 1);
      if (cut > 0) {
        lines.push(`${cur}${sep}${rest.slice(0, cut)}-`);
        cur = '';
        rest = rest.slice(cut);
        continue;
      }
      if (cur === '') {
        cur = rest; // an unbreakable token longer than the width stands alone
        break;
      }
      lines.push(cur);
      cur = '';
    }
  }
  if (cur !== '') lines.push(cur);
  return lines;
}

/** Units of a paragraph for wrapping: its tokens, with a leading heading run glued to its first word. */
function paragraphUnits(text: string): string[] {
  const tokens = text.split(/\s+/u).filter((t) => t !== '');
  const m = HEADING_RUN.exec(text);
  if (m === null || m[1] === undefined) return tokens;
  const n = m[1].split(/\s+/u).length;
  return [tokens.slice(0, n + 1).join(' '), ...tokens.slice(n + 1)];
}

/** CRLF, page-break runs as a form-feed line, a BOM: what a Windows-side PDF-to-text export looks like. */
export function crlfFormFeeds(raw: string): string {
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length >= PAGE_BREAK_MIN_LINES) out.push('\f');
    else out.push(...run);
    run = [];
  };
  for (const line of splitLines(raw)) {
    if (/^[ \t]*$/u.test(line)) {
      run.push(line);
    } else {
      flush();
      out.push(line);
    }
  }
  const endsWithEol = /[\r\n]$/u.test(raw);
  if (endsWithEol && run.length > 0) run.pop(); // the empty string after the final line ending
  flush();
  return `\uFEFF${out.join('\r\n')}${endsWithEol ? '\r\n' : ''}`;
}

/** Narrow re-wrap with word-break hyphens ("qurban-" / "larının"): tests de-hyphenation vs real hyphens. */
export function rewrapNarrow(raw: string, width = 38): string {
  const out = recoverBlocks(raw).map((b) =>
    b.kind === 'paragraph' ? wrapUnits(paragraphUnits(b.text), width).join('\n') : b.text.split(/\s+/u).join(' '),
  );
  return `${out.join('\n\n')}\n`;
}

/** Cyrillic look-alikes, NBSP, tabs, ZWSP and soft hyphens sprinkled in: tests character-level normalisation. */
export function lookalikesAndNbsp(raw: string, rate = 0.08, seed = 1): string {
  const rnd = mulberry32(seed);
  const pick = (n: number): number => Math.min(n - 1, Math.floor(rnd() * n));
  const withWords = raw.replace(/\p{Script=Latin}+/gu, (word) => {
    const chars = Array.from(word);
    if (chars.length < 3) return word;
    if (rnd() < rate) {
      const candidates = chars.flatMap((c, i) => (LOOKALIKES[c] !== undefined ? [i] : []));
      if (candidates.length > 0) {
        const at = candidates[pick(candidates.length)] as number;
        chars[at] = LOOKALIKES[chars[at] as string] as string;
      }
    }
    for (const invisible of ['\u200B', '\u00AD']) {
      if (rnd() < rate / 2) {
        const at = 1 + pick(chars.length - 1);
        chars.splice(at, 0, invisible);
      }
    }
    return chars.join('');
  });
  return withWords
    .split('\n')
    .map((line) =>
      line.replace(/(?<=\S)( +)(?=\S)/gu, (spaces: string) =>
        Array.from(spaces, () => {
          const r = rnd();
          return r < rate ? '\u00A0' : r < rate * 1.5 ? '\t' : ' ';
        }).join(''),
      ),
    )
    .join('\n');
}

/** Canonical decomposition (NFD: "o" + U+0308 for "ö"): tests NFC normalisation. */
export function decomposed(raw: string): string {
  return raw.normalize('NFD');
}

/** Page footer (number in rotating styles) + running header every `every` lines, even mid-sentence: tests furniture removal. */
export function pageFurniture(raw: string, every = 20): string {
  const eol = raw.includes('\r\n') ? '\r\n' : '\n';
  const lines = raw.split(eol);
  let lastContent = lines.length - 1;
  while (lastContent >= 0 && isBlank(lines[lastContent] as string)) lastContent -= 1;
  const out: string[] = [];
  let page = 0;
  lines.forEach((line, i) => {
    out.push(line);
    if ((i + 1) % every === 0 && i < lastContent) {
      page += 1;
      const footer = [`- ${page} -`, `Səhifə ${page}`, `${page}`][(page - 1) % 3] as string;
      out.push('', footer, '', ' ', ' ', '', RUNNING_HEADER, '');
    }
  });
  return out.join(eol);
}

/** Each block on one line, blocks separated by a blank line (a "reflowed" export): tests paragraph handling without wraps. */
export function onePerParagraph(raw: string): string {
  return `${recoverBlocks(raw)
    .map((b) => b.text)
    .join('\n\n')}\n`;
}

/** rewrapNarrow → pageFurniture → lookalikesAndNbsp → crlfFormFeeds: all the noise at once, still decodable. */
export function allNoise(raw: string): string {
  return crlfFormFeeds(lookalikesAndNbsp(pageFurniture(rewrapNarrow(raw)), 0.08, 7));
}

/** All renderings by name, with their default parameters. */
export const RENDERINGS: Record<string, (raw: string) => string> = {
  crlfFormFeeds,
  rewrapNarrow: (raw) => rewrapNarrow(raw),
  lookalikesAndNbsp: (raw) => lookalikesAndNbsp(raw),
  decomposed,
  pageFurniture: (raw) => pageFurniture(raw),
  onePerParagraph,
  allNoise,
};
