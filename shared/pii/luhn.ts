// Luhn (mod 10), the check used by payment card numbers: a card number is never an Aadhaar or VID.

export function luhnValidBuf(buf: Uint8Array, off: number, len: number): boolean {
  let sum = 0;
  for (let i = 0; i < len; i++) {
    let d = buf[off + len - 1 - i]!;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function luhnValid(digits: string): boolean {
  if (!/^[0-9]{2,}$/.test(digits)) return false;
  const buf = new Uint8Array(digits.length);
  for (let i = 0; i < digits.length; i++) buf[i] = digits.charCodeAt(i) - 48;
  return luhnValidBuf(buf, 0, buf.length);
}
