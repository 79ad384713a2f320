// Writes a realistic synthetic Telegram Desktop chat export (result.json, laid out as Telegram Desktop
// writes it): a lookup bot answering with labelled fields (name, Aadhaar, VID, PAN, mobile, passport, DOB,
// address) in formatted text, users asking with a mobile or an Aadhaar number in free text (English and
// Hindi), and chatter without identifiers; about 500 bytes a message. Deterministic (seeded) so runs compare.
import fs from 'node:fs';
import { verhoeffCheckDigit } from '../../shared/pii';
import { rng } from './generate-csv';

const FIRST = ['Aarav', 'Vivaan', 'Aditya', 'Ishaan', 'Ananya', 'Diya', 'Saanvi', 'Priya', 'Rahul', 'Sneha', 'Kavya', 'Arjun', 'Meera', 'Rohan', 'Pooja', 'Farhan'];
const LAST = ['Sharma', 'Verma', 'Iyer', 'Nair', 'Reddy', 'Patel', 'Khan', 'Gupta', 'Singh', 'Das', 'Menon', 'Joshi', 'Kulkarni', 'Bose'];
const CITY = ['Pune 411001', 'Mumbai 400001', 'Delhi 110001', 'Chennai 600001', 'Kolkata 700001', 'Bengaluru 560001', 'Lucknow 226001', 'Jaipur 302001'];
const CHATTER = [
  'bot is slow today, try again after 10 min',
  'anyone has the new link? old one is dead',
  'कल से बॉट काम नहीं कर रहा',
  'paid 500 for 20 lookups, refund pending',
  'ok thanks',
  'use /start then send the number',
];

export async function generateTelegram(file: string, targetBytes: number, seed = 2): Promise<{ messages: number; bytes: number }> {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const digits = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(r() * 10);
    return s;
  };
  const letter = () => String.fromCharCode(65 + Math.floor(r() * 26));
  const aadhaar = () => {
    const a11 = String(2 + Math.floor(r() * 8)) + digits(10);
    return a11 + verhoeffCheckDigit(a11);
  };
  const mobile = () => `${6 + Math.floor(r() * 4)}${digits(9)}`;
  const out = fs.createWriteStream(file);
  let bytes = 0;
  const put = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await new Promise((res) => out.once('drain', res));
  };
  await put('{\n "name": "CoWIN lookup (synthetic)",\n "type": "private_supergroup",\n "id": 1700000001,\n "messages": [\n');
  let messages = 0;
  const t0 = 1686564060;
  while (bytes < targetBytes) {
    const parts: string[] = [];
    for (let k = 0; k < 1000; k++) {
      const id = messages + k + 1;
      const kind = r();
      const base: Record<string, unknown> = { id, type: 'message', date: new Date((t0 + id * 7) * 1000).toISOString().slice(0, 19), date_unixtime: String(t0 + id * 7) };
      let m: Record<string, unknown>;
      if (kind < 0.45) {
        const first = pick(FIRST);
        const last = pick(LAST);
        const a = aadhaar();
        const v15 = String(1 + Math.floor(r() * 9)) + digits(14);
        const body = `: ${first} ${last}\nAadhaar: ${a.slice(0, 4)} ${a.slice(4, 8)} ${a.slice(8)}\nVID: ${v15}${verhoeffCheckDigit(v15)}\nPAN: ${letter()}${letter()}${letter()}P${last[0]}${digits(4)}${letter()}\nMobile: ${mobile()}\nPassport: ${pick([...'ABCDEFGHJKLMNPRSTUVW'])}${1 + Math.floor(r() * 9)}${digits(6)}\nDOB: ${String(1 + Math.floor(r() * 28)).padStart(2, '0')}/${String(1 + Math.floor(r() * 12)).padStart(2, '0')}/${1950 + Math.floor(r() * 60)}\nAddress: ${Math.floor(r() * 999) + 1}, ${pick(['MG Road', 'Station Road', 'Gandhi Nagar'])}, ${pick(CITY)}`;
        m = { ...base, from: 'Lookup Bot', from_id: 'user5000000001', via_bot: '@cowin_lookup_bot', text: [{ type: 'bold', text: 'Name' }, body], text_entities: [{ type: 'bold', text: 'Name' }, { type: 'plain', text: body }] };
      } else if (kind < 0.75) {
        const q = r() < 0.5 ? `details for ${mobile()} please` : `आधार ${aadhaar()} का नाम बताओ`;
        m = { ...base, from: `${pick(FIRST)} ${pick(LAST)}`, from_id: `user${digits(10)}`, text: q, text_entities: [{ type: 'plain', text: q }] };
      } else {
        const c = pick(CHATTER);
        m = { ...base, from: `${pick(FIRST)} ${pick(LAST)}`, from_id: `user${digits(10)}`, text: c, text_entities: [{ type: 'plain', text: c }] };
      }
      // Telegram Desktop's layout: one space per level, the messages at two.
      parts.push('  ' + JSON.stringify(m, null, 1).replace(/\n/g, '\n  '));
    }
    const chunk = (messages > 0 ? ',\n' : '') + parts.join(',\n');
    messages += parts.length;
    await put(chunk);
  }
  await put('\n ]\n}\n');
  await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
  return { messages, bytes };
}
