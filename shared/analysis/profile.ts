// The per-sample accumulator: fed one row at a time (the node layer streams rows out of the vault),
// it keeps counts, row hashes and identifier tokens, never the values themselves. Memory grows by
// about 8 bytes per row plus 8 bytes per identifier value; with ProfileOptions.spill the identifier
// values are written out in sorted runs of a fixed size instead, so only the row hashes grow.
import type { PiiType } from '../pii';
import { ageFromAgeCell, ageFromDob, CHECK_KINDS, mobileDigits, passes, MAX_AGE } from './checks';
import { columnRole, hasShape, isEmptyCell, MASK_CONFIDENCE, personType, tokenText, type ColumnRole } from './columns';
import { ageHistogram } from './ages';
import { evidenceFingerprint, tableFingerprint } from './fingerprint';
import { KeyedTokeniser, tokenPrefix } from './keyed-token';
import { chiSquareUniform, wilson } from './stats';
import { HashList, hash53 } from './row-hash';
import { TokenBuffer, uniqueSorted, unionSorted } from './token-set';
import { distinctOfRuns, unionCount, unionToStore, type RunStore, type TokenSet } from './token-runs';
import type { CheckKind, Figures, Rate } from './types';

export interface ProfileOptions {
  /** Per-vault key for identifier tokens (vault.deriveKey('overlap')), at least 16 bytes. */
  tokenKey: Uint8Array;
  /** Ages are computed as of this date (default: now). Set it to the leak's date to test an age-group claim. */
  asOf?: Date;
  /** Spill sorted runs of tokens to `store` once a type holds `runTokens` of them, so memory stays flat in
   * the sample's size (default: everything stays in memory). The figures are the same either way. */
  spill?: { store: RunStore; runTokens: number };
}

export interface SampleTokens {
  /** Distinct identifier tokens of all types, sorted (in memory, or spilled when the sample was large). */
  all: TokenSet;
  /** Distinct tokens per identifier type, sorted. */
  byType: Map<string, TokenSet>;
}

/**
 * What a profile gathered from some rows of one table, as plain data and typed arrays (which a worker
 * thread can transfer): merged into the profile that began the table, it counts as if those rows had
 * been added there. Row hashes must have been seeded with that profile's tableSeed.
 */
export interface ProfilePartial {
  records: number;
  /** Per column of the table. */
  nonEmpty: number[];
  /** Per column of the table: values checked and values that passed (0 for columns without a check). */
  valid: number[];
  total: number[];
  /** Per column: values with the shape of the column's check kind. */
  shaped: number[];
  firstDigits: number[];
  /** Per year of age 0..MAX_AGE. */
  ages: number[];
  rowHashes: Float64Array;
  /** Identifier tokens by type, two words each (TokenBuffer.toWords()). */
  tokens: { type: string; words: Uint32Array }[];
}

/** The buffers of a partial, for postMessage's transfer list. */
export function partialTransfer(p: ProfilePartial): ArrayBuffer[] {
  return [p.rowHashes.buffer as ArrayBuffer, ...p.tokens.map((t) => t.words.buffer as ArrayBuffer)];
}

interface TableState {
  name: string;
  records: number;
  fingerprint: string;
  columns: { name: string; type: string | null }[];
  nonEmpty: number[];
  /** Per column: typed with the confidence used for masking (every non-empty value is checked). */
  firm: boolean[];
  /** Per column: values checked (all non-empty ones when firm, else only identifier-shaped ones) and passed. */
  checked: number[];
  valid: number[];
  /** Per column: values with the shape of its check kind (a column most of whose values lack it is not
   * checked at all: a "date" column of timestamps typed as PIN codes says nothing about PIN codes). */
  shaped: number[];
}

export class SampleProfile {
  readonly #tokeniser: KeyedTokeniser;
  readonly #asOf: Date;
  readonly #tables: TableState[] = [];
  readonly #firstDigits = new Array<number>(10).fill(0);
  #phoneColumns = 0;
  readonly #ages = new Float64Array(MAX_AGE + 1);
  readonly #rows = new HashList();
  readonly #tokens = new Map<PiiType, TokenBuffer>();
  readonly #spill: ProfileOptions['spill'];
  /** Sorted runs already spilled, per type. */
  readonly #runs = new Map<PiiType, TokenSet[]>();
  /** Sorted runs of row hashes already spilled, and how many hashes they hold. */
  readonly #rowRuns: TokenSet[] = [];
  #rowsSpilled = 0;
  #roles: ColumnRole[] = [];
  #firm: boolean[] = [];
  #prefixes: (Uint8Array | null)[] = [];
  #buffers: (TokenBuffer | null)[] = [];
  #current: TableState | null = null;

  constructor(opts: ProfileOptions) {
    this.#tokeniser = new KeyedTokeniser(opts.tokenKey);
    this.#asOf = opts.asOf ?? new Date();
    this.#spill = opts.spill;
  }

  /**
   * Starts a table; `types` are the PII types inferred at import, one per column (null: none), and
   * `confidences` the import's confidence in each (default: all firm). A column typed below
   * MASK_CONFIDENCE, or an age column known by its header alone, is weak: see MASK_CONFIDENCE.
   */
  beginTable(name: string, columns: readonly string[], types: readonly (string | null)[], confidences?: readonly number[]): void {
    const cols = columns.map((c, i) => ({ name: c, type: types[i] ?? null }));
    this.#roles = cols.map((c) => columnRole(c.name, c.type));
    const firm = cols.map((c, i) => c.type !== null && (confidences === undefined || (confidences[i] ?? 0) >= MASK_CONFIDENCE));
    this.#firm = firm;
    this.#prefixes = this.#roles.map((r) => (r.token ? tokenPrefix(r.token) : null));
    const zeros = () => new Array<number>(cols.length).fill(0);
    this.#current = { name, records: 0, fingerprint: tableFingerprint(cols), columns: cols, nonEmpty: zeros(), firm, checked: zeros(), valid: zeros(), shaped: zeros() };
    this.#tables.push(this.#current);
    for (const r of this.#roles) {
      if (r.check === 'IN_PHONE') this.#phoneColumns++;
      if (r.token && !this.#tokens.has(r.token)) this.#tokens.set(r.token, new TokenBuffer());
    }
    this.#buffers = this.#roles.map((r) => (r.token ? this.#tokens.get(r.token)! : null));
  }

  /** One row; `rowText` is its full content in a canonical form (e.g. JSON.stringify(cells)). */
  addRow(cells: readonly (string | null)[], rowText: string): void {
    // Seeded by table, so rows of different tables never count as copies of each other.
    this.addHashedRow(cells, hash53(rowText, this.tableSeed));
  }

  /** Seed for row hashes of the current table (see hash53Range), for callers that hash rows themselves. */
  get tableSeed(): number {
    return this.#tables.length;
  }

  /** One row whose content hash (hash53 seeded with tableSeed) the caller computed. */
  addHashedRow(cells: readonly (string | null)[], rowHash: number): void {
    const t = this.#current;
    if (!t) throw new Error('beginTable first');
    t.records++;
    this.#rows.push(rowHash);
    let age = -1;
    for (let i = 0; i < this.#roles.length; i++) {
      const v = cells[i];
      if (v === null || v === undefined || isEmptyCell(v)) continue;
      t.nonEmpty[i]!++;
      const role = this.#roles[i]!;
      // A weak column's values count only where they look like the identifier (not "Pune" in a
      // "district" column read as PIN codes).
      if (role.check) {
        if (hasShape(role.check, v)) t.shaped[i]!++;
        else if (!this.#firm[i]) continue;
      }
      let phone: string | null = null;
      if (role.check) {
        const kind = role.check;
        let ok: boolean;
        if (kind === 'IN_PHONE') {
          const d = mobileDigits(v);
          phone = d;
          if (d !== null) this.#firstDigits[d.charCodeAt(0) - 48]!++;
          ok = d !== null && d.charCodeAt(0) >= 54;
        } else if (role.age) {
          const a = role.age === 'dob' ? ageFromDob(v, this.#asOf) : ageFromAgeCell(v);
          ok = a >= 0;
          if (ok && age < 0) age = a;
        } else ok = passes(kind, v, this.#asOf);
        t.checked[i]!++;
        if (ok) t.valid[i]!++;
      }
      if (role.token) {
        // The mobile's digits were just worked out for its check: reuse them.
        const text = phone ?? tokenText(role.token, v);
        if (text.length > 0) {
          const buf = this.#buffers[i]!;
          const at = buf.reserve(); // first: reserving may move the words
          this.#tokeniser.tokenInto(this.#prefixes[i]!, text, buf.words, at);
        }
      }
    }
    if (age >= 0) this.#ages[age]!++;
    if (this.#spill) this.#spillFull(this.#spill);
  }

  /** Writes each type's tokens as a sorted run once it holds the spill threshold. */
  #spillFull(spill: NonNullable<ProfileOptions['spill']>): void {
    if (this.#rows.length >= spill.runTokens) {
      const words = this.#rows.sortedWords();
      const w = spill.store.writer();
      w.push(words);
      this.#rowRuns.push(w.end());
      this.#rowsSpilled += this.#rows.length;
      this.#rows.clear();
    }
    for (const [type, buf] of this.#tokens) {
      if (buf.length < spill.runTokens) continue;
      const sorted = buf.sorted();
      const w = spill.store.writer();
      w.push(new Uint32Array(sorted.buffer, sorted.byteOffset, sorted.length * 2));
      sorted.fill(0n);
      buf.clear();
      const runs = this.#runs.get(type) ?? [];
      runs.push(w.end());
      this.#runs.set(type, runs);
    }
  }

  get records(): number {
    return this.#rows.length + this.#rowsSpilled;
  }

  /**
   * Everything gathered so far, for a profile that was given rows of a single table (a worker's share of
   * it): merge it into the profile that began the table with mergePartial.
   */
  exportPartial(): ProfilePartial {
    const t = this.#current;
    if (!t || this.#tables.length !== 1) throw new Error('exportPartial needs a profile of exactly one table');
    if (this.#rowRuns.length > 0 || this.#runs.size > 0) throw new Error('exportPartial of a profile that spilled');
    return {
      records: t.records,
      nonEmpty: [...t.nonEmpty],
      valid: [...t.valid],
      total: [...t.checked],
      shaped: [...t.shaped],
      firstDigits: [...this.#firstDigits],
      ages: Array.from(this.#ages),
      rowHashes: this.#rows.toArray(),
      tokens: [...this.#tokens].map(([type, buf]) => ({ type, words: buf.toWords() })),
    };
  }

  /** Adds a partial profile of other rows of the current table (same columns and types, same tableSeed). */
  mergePartial(p: ProfilePartial): void {
    const t = this.#current;
    if (!t) throw new Error('beginTable first');
    if (p.nonEmpty.length !== t.nonEmpty.length) throw new Error('partial profile of another table');
    t.records += p.records;
    for (let i = 0; i < p.nonEmpty.length; i++) {
      t.nonEmpty[i]! += p.nonEmpty[i]!;
      t.checked[i]! += p.total[i]!;
      t.valid[i]! += p.valid[i]!;
      t.shaped[i]! += p.shaped[i]!;
    }
    for (let d = 0; d < 10; d++) this.#firstDigits[d]! += p.firstDigits[d]!;
    for (let a = 0; a <= MAX_AGE; a++) this.#ages[a]! += p.ages[a]!;
    this.#rows.pushAll(p.rowHashes);
    for (const { type, words } of p.tokens) {
      const buf = this.#tokens.get(type as PiiType);
      if (!buf) throw new Error('partial profile with an identifier type the table does not have');
      buf.appendWords(words);
    }
    if (this.#spill) this.#spillFull(this.#spill);
  }

  /** Zeroes the token key's derived state; call when the profile is no longer fed rows. */
  wipe(): void {
    this.#tokeniser.wipe();
  }

  finish(): { figures: Figures; tokens: SampleTokens } {
    // Per check kind, over the columns that count: those whose values mostly have the identifier's shape
    // (in a firm column every value is then checked, in a weak one only the shaped ones).
    const sums = new Map<CheckKind, { valid: number; total: number }>();
    for (const t of this.#tables) {
      t.columns.forEach((c, i) => {
        const kind = columnRole(c.name, c.type).check;
        if (!kind) return;
        if (t.shaped[i] === 0 || t.shaped[i]! * 2 < t.nonEmpty[i]!) return;
        const s = sums.get(kind) ?? { valid: 0, total: 0 };
        s.valid += t.valid[i]!;
        s.total += t.checked[i]!;
        sums.set(kind, s);
      });
    }
    const validity: Partial<Record<CheckKind, Rate>> = {};
    for (const k of CHECK_KINDS) {
      const s = sums.get(k);
      if (!s) continue;
      validity[k] = { valid: s.valid, total: s.total, rate: s.total ? s.valid / s.total : 0, ...wilson(s.valid, s.total) };
    }
    const identifierDuplicates: Figures['identifierDuplicates'] = {};
    const byType = new Map<string, TokenSet>();
    for (const [type, buf] of this.#tokens) {
      const sorted = buf.sorted();
      const runs = this.#runs.get(type);
      let values: number;
      let distinct: TokenSet;
      if (runs && this.#spill) {
        // Spilled: merge the runs and the tokens still in memory; the distinct set goes to the store too.
        ({ values, distinct } = distinctOfRuns([...runs, sorted], this.#spill.store));
      } else {
        values = sorted.length;
        distinct = uniqueSorted(sorted);
      }
      byType.set(type, distinct);
      identifierDuplicates[type] = { values, distinct: distinct.length, duplicateRate: values ? (values - distinct.length) / values : 0 };
    }
    const sets = [...byType.values()];
    const all = this.#spill && sets.some((x) => !(x instanceof BigUint64Array))
      ? unionToStore(sets, this.#spill.store)
      : unionSorted(sets as BigUint64Array[]);
    const person = personType([...byType.keys()]);
    const records = this.records;
    // Spilled: distinct hashes counted over the runs and the hashes still in memory, merged.
    const duplicateRows = this.#rowRuns.length > 0
      ? records - unionCount([...this.#rowRuns, { length: this.#rows.length, chunks: () => [this.#rows.sortedWords()] }])
      : this.#rows.repeats();
    const completeness: Record<string, number> = {};
    const several = this.#tables.length > 1;
    for (const t of this.#tables) {
      t.columns.forEach((c, i) => {
        completeness[several ? `${t.name}.${c.name}` : c.name] = t.records ? t.nonEmpty[i]! / t.records : 0;
      });
    }
    const digits = this.#firstDigits.reduce((a, b) => a + b, 0);
    const figures: Figures = {
      records,
      validity,
      mobileFirstDigits: this.#phoneColumns > 0 ? [...this.#firstDigits] : null,
      mobileUniformity: digits > 0 ? chiSquareUniform(this.#firstDigits) : null,
      duplicateRate: records ? duplicateRows / records : 0,
      duplicateRows,
      identifierDuplicates,
      completeness,
      ageHistogram: ageHistogram(this.#ages),
      ages: Array.from(this.#ages),
      schemaFingerprint: evidenceFingerprint(this.#tables.map((t) => t.fingerprint)),
      tables: this.#tables.map((t) => ({ name: t.name, records: t.records, fingerprint: t.fingerprint, columns: t.columns })),
      identifierTokens: all.length,
      personType: person,
      people: person ? byType.get(person)!.length : 0,
    };
    return { figures, tokens: { all, byType } };
  }
}
