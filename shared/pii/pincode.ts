// PIN code: 6 digits, first 1..9; the first two digits name a postal circle. Unused prefixes are rejected.

const VALID_PREFIX = (() => {
  const t = new Uint8Array(100);
  const ranges: [number, number][] = [
    [11, 28], // Delhi, Haryana, Punjab, HP, J&K, UP, Uttarakhand
    [30, 34], // Rajasthan
    [36, 53], // Gujarat, Maharashtra, Goa, MP, Chhattisgarh, AP, Telangana
    [56, 64], // Karnataka, Tamil Nadu
    [67, 85], // Kerala, WB, Odisha, Assam, North East, Bihar, Jharkhand
    [90, 99], // Army Postal Service
  ];
  for (const [a, b] of ranges) for (let i = a; i <= b; i++) t[i] = 1;
  return t;
})();

export function pinPrefixValid(firstTwo: number): boolean {
  return VALID_PREFIX[firstTwo] === 1;
}

export function pincodeValid(digits: string): boolean {
  return /^[1-9][0-9]{5}$/.test(digits) && pinPrefixValid(Number(digits.slice(0, 2)));
}
