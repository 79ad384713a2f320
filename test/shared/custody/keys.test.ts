import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { toBase64, toHex } from '../../../shared/custody/bytes';
import {
  PublicKeyFormatError,
  displayFingerprint,
  formatPublicKey,
  isKeyFingerprint,
  keyFingerprint,
  parsePublicKey,
} from '../../../shared/custody/keys';
import { makeExaminer } from './fixtures';

const { publicKey } = makeExaminer();

describe('examiner key fingerprint', () => {
  it("is 'SHA256:' and the full lower-case hex SHA-256 of the raw 32-byte key", () => {
    expect(keyFingerprint(publicKey)).toBe('SHA256:' + toHex(sha256(publicKey)));
    expect(isKeyFingerprint(keyFingerprint(publicKey))).toBe(true);
    expect(isKeyFingerprint('SHA256:' + 'A'.repeat(64))).toBe(false);
  });

  it('is shown in groups of four for reading aloud', () => {
    const shown = displayFingerprint(keyFingerprint(publicKey));
    expect(shown).toMatch(/^SHA256:([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    expect(shown.replaceAll(' ', '')).toBe(keyFingerprint(publicKey));
  });
});

describe('public key text', () => {
  it("is one line: 'sakshya-ed25519 <base64 raw key> [comment]', and parses back", () => {
    const line = formatPublicKey(publicKey, 'Insp. A. Sharma, CERT-In');
    expect(line).toBe(`sakshya-ed25519 ${toBase64(publicKey)} Insp. A. Sharma, CERT-In`);
    expect(parsePublicKey(line)).toEqual({ publicKey, comment: 'Insp. A. Sharma, CERT-In' });
    expect(parsePublicKey(formatPublicKey(publicKey))).toEqual({ publicKey });
  });

  it('tolerates surrounding blank lines, # comments, CRLF and extra spaces', () => {
    const text = `# examiner key\r\n\r\n   sakshya-ed25519   ${toBase64(publicKey)}  laptop-1 \r\n`;
    expect(parsePublicKey(text)).toEqual({ publicKey, comment: 'laptop-1' });
  });

  it.each([
    ['', /no public key found/],
    ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA', /SSH key/],
    ['sakshya-rsa abc', /expected the key to start with 'sakshya-ed25519'/],
    ['sakshya-ed25519', /missing the base64 key/],
    ['sakshya-ed25519 not*base64', /not valid base64/],
    [`sakshya-ed25519 ${toBase64(new Uint8Array(31))}`, /32 bytes, this one is 31/],
    [`sakshya-ed25519 ${toBase64(publicKey)}\nsakshya-ed25519 ${toBase64(publicKey)}`, /exactly one key line, found 2/],
  ])('refuses %j with a message saying what is wrong', (text, message) => {
    expect(() => parsePublicKey(text)).toThrow(PublicKeyFormatError);
    expect(() => parsePublicKey(text)).toThrow(message);
  });

  it('refuses 32 bytes that are not a point on the curve', () => {
    const bad = new Uint8Array(32).fill(0xff);
    expect(() => parsePublicKey(`sakshya-ed25519 ${toBase64(bad)}`)).toThrow(/not a valid Ed25519 public key/);
  });

  it('refuses a multi-line comment when formatting', () => {
    expect(() => formatPublicKey(publicKey, 'a\nb')).toThrow(PublicKeyFormatError);
  });
});
