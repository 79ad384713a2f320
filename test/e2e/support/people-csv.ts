// Synthetic people for e2e tests: every value is computed from the row number, so a test can write a
// 60 MB sample without holding it in memory and still know exactly what row 1,00,000 holds. Aadhaar
// numbers carry a valid Verhoeff check digit, so the detector treats them as real.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { verhoeffCheckDigit } from '../../../shared/pii';

// Uncommon given names and surnames, so a match in recorded traffic cannot come from UI text.
const FIRST = ['Aarushi', 'Bhavesh', 'Chitralekha', 'Devyansh', 'Eshwari', 'Falguni', 'Gurbaksh', 'Hemlata', 'Ishaan', 'Jyotsna', 'Kaustubh', 'Lavanya', 'Mrinalini', 'Nirupam', 'Oindrila', 'Pranjal', 'Quasim', 'Rukmini', 'Satyendra', 'Tanushree', 'Ujjwal', 'Vaidehi', 'Yashodhan', 'Zoravar'];
const LAST = ['Bandyopadhyay', 'Chaturvedi', 'Deshpande', 'Ghoshal', 'Hazarika', 'Iyengar', 'Jhunjhunwala', 'Kulkarni', 'Lalwani', 'Mukhopadhyay', 'Nambiar', 'Padmanabhan', 'Raghuvanshi', 'Sengupta', 'Thakkar', 'Upadhyaya', 'Venkataraman', 'Wadhwa'];
const CITY = ['Pune', 'Nagpur', 'Indore', 'Bhopal', 'Kochi', 'Madurai', 'Jaipur', 'Lucknow', 'Patna', 'Guwahati'];

export interface Person {
  ref: string;
  name: string;
  aadhaar: string;
  phone: string;
  email: string;
  city: string;
  age: number;
}

/** A 32-bit mix of the row number (splitmix-style), so neighbouring rows look unrelated. */
function mix(i: number, salt: number): number {
  let x = (i * 0x9e3779b1 + salt * 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/** A bijection on 0..9,999,999 (the multiplier is prime to 10), so values stay unique but irregular. */
const scramble = (i: number, k: number, c: number) => String((i * k + c) % 10_000_000).padStart(7, '0');

/** `fabricated` gives Aadhaar-shaped numbers whose last digit is random, as a forger without the
 * Verhoeff algorithm would write them (about one in ten passes by chance). */
export function personAt(i: number, fabricated = false): Person {
  const first = FIRST[mix(i, 1) % FIRST.length]!;
  const last = LAST[mix(i, 2) % LAST.length]!;
  // Aadhaar numbers never start with 0 or 1; the row number is embedded so each one is unique.
  const body = `${2 + (mix(i, 3) % 8)}${String(mix(i, 4) % 1000).padStart(3, '0')}${scramble(i, 7919, 1234567)}`;
  const digits = body + String(fabricated ? mix(i, 9) % 10 : verhoeffCheckDigit(body));
  const aadhaar = `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
  const phone = `${6 + (mix(i, 5) % 4)}${String(mix(i, 6) % 100).padStart(2, '0')}${scramble(i, 3571, 2345678)}`;
  return {
    ref: `REF-${String(i).padStart(7, '0')}`,
    name: `${first} ${last}`,
    aadhaar,
    phone,
    email: `${first.toLowerCase()}.${last.toLowerCase()}${i}@mailbox.example.in`,
    city: CITY[mix(i, 7) % CITY.length]!,
    age: 18 + (mix(i, 8) % 50) + (mix(i, 10) % 20),
  };
}

export const HEADER = ['ref', 'name', 'aadhaar', 'mobile', 'email', 'city', 'age'];

const line = (p: Person) => `${p.ref},${p.name},${p.aadhaar},${p.phone},${p.email},${p.city},${p.age}\n`;

/** Writes `rows` people to `file` (streamed in blocks) and returns the file's SHA-256, computed here
 * independently of the app. */
export function writePeopleCsv(file: string, rows: number, opts: { from?: number; fabricated?: boolean } = {}): string {
  const from = opts.from ?? 0;
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'w');
  try {
    let block = `${HEADER.join(',')}\n`;
    for (let i = from; i < from + rows; i++) {
      block += line(personAt(i, opts.fabricated));
      if (block.length > 1 << 20) {
        fs.writeSync(fd, block);
        hash.update(block);
        block = '';
      }
    }
    fs.writeSync(fd, block);
    hash.update(block);
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** SHA-256 of a file on disk. */
export function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
