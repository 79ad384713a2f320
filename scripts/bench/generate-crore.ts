// Writes the crore-record benchmark sample (BENCH_RECORDS records, 1 crore by default; about 145 bytes a
// record, so ~1.5 GB): synthetic people with Aadhaar numbers made valid by the tests' independent Verhoeff
// reference (not the project's own validator), mobiles, e-mails, dates of birth, addresses and PIN codes.
// Deterministic: the same count always gives the same bytes. Every 50th record repeats an earlier person
// (same identifiers, new row id), so duplicate identifiers are there to be counted.
import fs from 'node:fs';
import { refCheckDigit } from '../../test/fixtures/pii/verhoeff-reference';

const FIRST = ['Aarav', 'Vivaan', 'Aditya', 'Ishaan', 'Ananya', 'Diya', 'Saanvi', 'Priya', 'Rahul', 'Sneha', 'Kavya', 'Arjun', 'Meera', 'Rohan', 'Pooja', 'Farhan'];
const LAST = ['Sharma', 'Verma', 'Iyer', 'Nair', 'Reddy', 'Patel', 'Khan', 'Gupta', 'Singh', 'Das', 'Menon', 'Joshi', 'Kulkarni', 'Bose'];
const ROAD = ['MG Road', 'Station Road', 'Gandhi Nagar', 'Nehru Street', 'Park Lane'];
const CITY = [['Pune', '411'], ['Mumbai', '400'], ['Delhi', '110'], ['Chennai', '600'], ['Kolkata', '700'], ['Bengaluru', '560'], ['Lucknow', '226'], ['Jaipur', '302']] as const;

/** Person p's identifiers: distinct for distinct p (multiplication by a unit modulo 10^10 is a bijection). */
function person(p: number): string {
  const body = String(2 + (p % 8)) + String((p * 7919 + 12_345) % 1e10).padStart(10, '0');
  const aadhaar = body + refCheckDigit(body);
  const mobile = String(6 + (p % 4)) + String((p * 104_729 + 777) % 1e9).padStart(9, '0');
  const first = FIRST[p % FIRST.length]!, last = LAST[(p >> 4) % LAST.length]!;
  const [city, pin] = CITY[(p >> 8) % CITY.length]!;
  const dob = `${1950 + (p % 55)}-${String(1 + (p % 12)).padStart(2, '0')}-${String(1 + (p % 28)).padStart(2, '0')}`;
  const gender = p % 2 === 0 ? 'Male' : 'Female';
  const dose = `2021-${String(1 + (p % 9)).padStart(2, '0')}-${String(10 + (p % 19))}`;
  return `"${first} ${last}",${gender},${aadhaar.slice(0, 4)} ${aadhaar.slice(4, 8)} ${aadhaar.slice(8)},${mobile},${first.toLowerCase()}.${last.toLowerCase()}${p}@example.in,${dob},"${1 + (p % 999)}, ${ROAD[p % ROAD.length]}, ${city}",${pin}${String(p % 1000).padStart(3, '0')},${p % 3 === 0 ? 'Covaxin' : 'Covishield'},${dose}`;
}

export function generateCrore(file: string, records: number): { records: number; bytes: number } {
  const fd = fs.openSync(file + '.part', 'w');
  let bytes = 0;
  try {
    const header = 'id,name,gender,aadhaar,mobile,email,dob,address,pincode,vaccine,dose_date\n';
    let buf = header;
    let nextPerson = 0;
    for (let i = 0; i < records; i++) {
      // Every 50th row repeats a person seen earlier (deterministically chosen).
      const p = i % 50 === 49 ? (i * 31) % nextPerson : nextPerson++;
      buf += `${i + 1},${person(p)}\n`;
      if (buf.length > 1 << 20) {
        bytes += fs.writeSync(fd, buf);
        buf = '';
      }
    }
    bytes += fs.writeSync(fd, buf);
  } finally {
    fs.closeSync(fd);
  }
  // Renamed only when complete, so an interrupted run never leaves a short file that looks finished.
  fs.renameSync(file + '.part', file);
  return { records, bytes };
}
