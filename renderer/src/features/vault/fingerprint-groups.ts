// Trusted-examiner lists carry fingerprints in their stored form (SHA256:hex); the Fingerprint component
// lays out the grouped form the rest of the app shows (SHA256:abcd ef01 …).
export function groupedFingerprint(fp: string): string {
  const m = /^SHA256:([0-9a-f]{64})$/.exec(fp);
  return m ? `SHA256:${m[1]!.match(/.{4}/g)!.join(' ')}` : fp;
}
