// Synthetic people for the plain-text sweep: invented names and identifiers that pass their validators
// (Verhoeff-valid Aadhaar, well-formed PAN, Indian mobiles), generated from a seed so every run is the same.
import { verhoeffCheckDigit } from '../../../shared/pii';

export interface Person {
  name: string;
  aadhaar: string;
  phone: string;
  email: string;
  pan: string;
}

const FIRST = ['Zarina', 'Quorvik', 'Ilmadev', 'Pranjalee', 'Tavishka', 'Oxenrai', 'Yuvantha', 'Kelvaro', 'Mirashti', 'Drevani', 'Ushnavi', 'Gorlesh'];
const LAST = ['Quasarwala', 'Tembrikar', 'Voxhalli', 'Nirmoudi', 'Zephrani', 'Halcyanu', 'Brindolkar', 'Wexmanti', 'Jorvapuri', 'Lumbrosa'];
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function syntheticPeople(n: number, seed = 20240607): Person[] {
  let x = seed >>> 0;
  const rnd = (m: number) => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x % m;
  };
  const digits = (k: number) => Array.from({ length: k }, () => String(rnd(10))).join('');
  const out: Person[] = [];
  for (let i = 0; i < n; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i * 7 + 3) % LAST.length]!;
    const body = String(2 + rnd(8)) + digits(10);
    const aadhaar = body + String(verhoeffCheckDigit(body));
    const phone = String(6 + rnd(4)) + digits(9);
    const pan = Array.from({ length: 3 }, () => UPPER[rnd(26)]).join('') + 'P' + last[0]! + digits(4) + UPPER[rnd(26)];
    out.push({ name: `${first} ${last}${i}`, aadhaar, phone, email: `${first.toLowerCase()}.${last.toLowerCase()}${i}@example.org`, pan });
  }
  return out;
}

/** Every raw value a sweep must not find: names (whole and in parts), identifiers in the forms people write them. */
export function needles(people: Person[]): string[] {
  const out = new Set<string>();
  for (const p of people) {
    out.add(p.name);
    out.add(p.aadhaar);
    out.add(`${p.aadhaar.slice(0, 4)} ${p.aadhaar.slice(4, 8)} ${p.aadhaar.slice(8)}`);
    out.add(p.phone);
    out.add(p.email);
    out.add(p.pan);
  }
  return [...out];
}
