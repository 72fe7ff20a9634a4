/**
 * Levenshtein distance by bit-vectors (Myers 1999, in Hyyrö's block form as edlib writes it):
 * the DP's column of vertical deltas for 32 rows fits in one integer, and a column is advanced
 * with a dozen word operations, so two texts cost ⌈m / 32⌉ · n steps whatever their distance.
 * The diagonal method (levenshtein.ts) is faster for light edits; this one for heavy rewrites of
 * texts a few thousand tokens long, where the diagonal method pays about d² (a reviewer who
 * rewrote a 1,000-character reply whole: about a third of the time of the plain table).
 */

const WORD = 32;

/** Steps `bitParallelLevenshtein` takes for sequences of these lengths. */
export function bitParallelCost(n: number, m: number): number {
  const [long, short] = n >= m ? [n, m] : [m, n];
  return long * Math.ceil(short / WORD);
}

/** The exact distance between `a` and `b` (insertion, deletion, substitution each cost 1). */
export function bitParallelLevenshtein(a: Int32Array, b: Int32Array): number {
  // The shorter sequence is the pattern (rows), the longer the text (columns).
  const [pattern, text] = a.length <= b.length ? [a, b] : [b, a];
  const m = pattern.length;
  if (m === 0) {
    return text.length;
  }
  const blocks = Math.ceil(m / WORD);
  // One match mask per distinct token of the pattern and block. Ids may be sparse (a grapheme's
  // code unit, graphemes.ts), so they are numbered densely here first, through a table indexed
  // by id for the usual small ids (a Map lookup per column cost more than the column's work).
  const symbols = new DenseSymbols();
  for (const id of pattern) {
    symbols.add(id);
  }
  const peq = new Int32Array(symbols.size * blocks);
  for (let row = 0; row < m; row += 1) {
    const at = symbols.of(pattern[row] as number) * blocks + ((row / WORD) | 0);
    peq[at] = (peq[at] as number) | (1 << (row % WORD));
  }
  const pv = new Int32Array(blocks).fill(-1); // every vertical delta +1 (D[i][0] = i)
  const mv = new Int32Array(blocks);
  const lastBit = (m - 1) % WORD;
  let score = m;
  for (let column = 0; column < text.length; column += 1) {
    const symbol = symbols.of(text[column] as number);
    const base = symbol < 0 ? -1 : symbol * blocks;
    let hin = 1; // row 0 of the DP grows by one per column
    for (let block = 0; block < blocks; block += 1) {
      let eq = base < 0 ? 0 : (peq[base + block] as number);
      const p = pv[block] as number;
      const mm = mv[block] as number;
      const hinNegative = hin < 0 ? 1 : 0;
      const xv = eq | mm;
      eq |= hinNegative;
      const xh = ((((eq & p) + p) | 0) ^ p) | eq; // the carry out of the word is dropped
      let ph = mm | ~(xh | p);
      let mh = p & xh;
      const top = block === blocks - 1 ? lastBit : WORD - 1;
      const hout = ((ph >>> top) & 1) - ((mh >>> top) & 1);
      ph = (ph << 1) | (hin > 0 ? 1 : 0);
      mh = (mh << 1) | hinNegative;
      pv[block] = mh | ~(xv | ph);
      mv[block] = ph & xv;
      hin = hout;
    }
    score += hin; // the last block's output: the horizontal delta at row m
  }
  symbols.clear();
  return score;
}

/** Ids below this are looked up in a table, the others (clusters of several units) in a Map. */
const TABLE_SIZE = 0x10000;
/** Dense number + 1 of each id in the current pattern (0: not in it); cleared after each call. */
const table = new Int32Array(TABLE_SIZE);

/** The pattern's distinct ids numbered 0, 1, 2, … in order of first appearance. */
class DenseSymbols {
  size = 0;
  private readonly large = new Map<number, number>();
  private readonly small: number[] = [];

  add(id: number): void {
    if (id >= 0 && id < TABLE_SIZE) {
      if (table[id] === 0) {
        this.size += 1;
        table[id] = this.size;
        this.small.push(id);
      }
    } else if (!this.large.has(id)) {
      this.large.set(id, this.size);
      this.size += 1;
    }
  }

  /** The id's dense number, or -1 when the pattern does not hold it. */
  of(id: number): number {
    if (id >= 0 && id < TABLE_SIZE) {
      return (table[id] as number) - 1;
    }
    return this.large.get(id) ?? -1;
  }

  /** Leaves the shared table empty for the next call (only the entries this one set). */
  clear(): void {
    for (const id of this.small) {
      table[id] = 0;
    }
  }
}
