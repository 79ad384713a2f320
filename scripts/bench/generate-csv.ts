// Writes a realistic synthetic leak sample: names, Aadhaar (Verhoeff-valid), mobile, email, PAN, DOB,
// address and PIN, ~200 bytes a record. Deterministic (seeded) so runs compare.
import fs from 'node:fs';
import { verhoeffCheckDigit } from '../../shared/pii';

const FIRST = ['Aarav', 'Vivaan', 'Aditya', 'Ishaan', 'Ananya', 'Diya', 'Saanvi', 'Priya', 'Rahul', 'Sneha', 'Kavya', 'Arjun', 'Meera', 'Rohan', 'Pooja', 'Farhan'];
const LAST = ['Sharma', 'Verma', 'Iyer', 'Nair', 'Reddy', 'Patel', 'Khan', 'Gupta', 'Singh', 'Das', 'Menon', 'Joshi', 'Kulkarni', 'Bose'];
const CITY = ['Pune 411001', 'Mumbai 400001', 'Delhi 110001', 'Chennai 600001', 'Kolkata 700001', 'Bengaluru 560001', 'Lucknow 226001', 'Jaipur 302001'];

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function generateCsv(file: string, targetBytes: number, seed = 1): Promise<{ records: number; bytes: number }> {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const digits = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(r() * 10);
    return s;
  };
  const out = fs.createWriteStream(file);
  let bytes = 0;
  let records = 0;
  const header = 'id,name,aadhaar,mobile,email,pan,dob,address,pincode,vaccine,dose_date\n';
  out.write(header);
  bytes += header.length;
  while (bytes < targetBytes) {
    const lines: string[] = [];
    for (let k = 0; k < 2000; k++) {
      const first = pick(FIRST);
      const last = pick(LAST);
      const a11 = String(2 + Math.floor(r() * 8)) + digits(10);
      const aadhaar = a11 + verhoeffCheckDigit(a11);
      const city = pick(CITY);
      const pin = city.slice(-6);
      const pan = `${String.fromCharCode(65 + Math.floor(r() * 26))}${String.fromCharCode(65 + Math.floor(r() * 26))}${String.fromCharCode(65 + Math.floor(r() * 26))}P${last[0]}${digits(4)}${String.fromCharCode(65 + Math.floor(r() * 26))}`;
      const dob = `${String(1 + Math.floor(r() * 28)).padStart(2, '0')}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${1950 + Math.floor(r() * 60)}`;
      lines.push(
        `${records + k},"${first} ${last}",${aadhaar.slice(0, 4)} ${aadhaar.slice(4, 8)} ${aadhaar.slice(8)},${6 + Math.floor(r() * 4)}${digits(9)},${first.toLowerCase()}.${last.toLowerCase()}${Math.floor(r() * 1000)}@example.in,${pan},${dob},"${Math.floor(r() * 999) + 1}, ${pick(['MG Road', 'Station Road', 'Gandhi Nagar', 'Nehru Street'])}, ${city}",${pin},${pick(['Covishield', 'Covaxin'])},2021-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
      );
    }
    records += lines.length;
    const chunk = lines.join('\n') + '\n';
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise((res) => out.once('drain', res));
  }
  await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
  return { records, bytes };
}
