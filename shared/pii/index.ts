/**
 * Sakshya PII engine: detect, validate and redact personal data in Indian leak samples.
 * Pure TypeScript (no Node, DOM or Electron), so it runs in the ingest workers, the CLI and tests.
 *
 * Scoring. Every candidate gets a base score from its shape and checks (checksums: Verhoeff for
 * Aadhaar/VID, mod-36 for GSTIN; structure: PAN holder type, state codes, calendar dates, PIN
 * regions). Context then moves it (scoring.ts): the nearest cue word within four words before the
 * candidate on the same line — English or Hindi, e.g. "Aadhaar", "आधार", "/aadhaar", "मोबाइल", "जन्म तिथि" —
 * or, failing that, `opts.context` (a column header). A cue for the type lifts a validated
 * candidate to ≥ 0.95; a negative cue (order, txn, invoice, card, timestamp, OTP …) caps it at
 * 0.15; a cue for another type lowers it by 0.15. Fail closed: an identifier-shaped candidate whose
 * check fails but that stands after a label for its type in the text scores 0.55 and is reported with
 * validated: false (masked, counted as invalid). Types without any check (PIN code, date of birth,
 * 14-digit reference IDs) start below 0.5 and need a cue to be reported (a PIN also counts after a
 * place name in an address: "Bengaluru 560001, Karnataka"). Reported: score ≥ 0.5
 * (`minScore`). Never Aadhaar: digit runs inside longer runs or uniform 4-digit groupings of 16+
 * digits (cards), +country-code numbers, compact timestamps (yyyyMMddHHmm), 14-digit IDs, numbers
 * next to reference/order words. Devanagari digits count as digits; offsets are UTF-16 code units
 * of the original string.
 *
 * Masks (masks.ts): Aadhaar `XXXX XXXX 1234` (UIDAI), VID `XXXX XXXX XXXX 1234`, PAN `XXXXX1234X`,
 * GSTIN `27XXXXXXXXXX1Z5`, passport `XXXXX567`, EPIC `XXXXXXX567`, vehicle `MH12XXXX34`,
 * DL `MH14XXXXXXXX345`, phone `XXXXXX1234` / `+91 XXXXXX1234`, PIN `411XXX`, ABHA
 * `XX-XXXX-XXXX-1234` or `r***@abdm`, CoWIN ref `XXXXXXXXXX1234`, email `r***@example.com`,
 * DOB `XX-XX-1990`, name `R. K.`, address `[address, PIN 411XXX]`, gender `X`.
 * Table cells (validate.ts): once a column's type is inferred, validateValue(type, cell) answers with a
 * direct, allocation-free check per type (no scan); it is pinned to the scan-based definition (one
 * validated finding of the type over the whole cell, cue forced) by seeded property tests.
 * Tokens (tokens.ts): `AADHAAR#3f9a1c2b7d40` = first 48 bits of HMAC-SHA256(case key,
 * type ‖ normalised value), so the same value in any spelling gets the same token within a case.
 */
export { PII_TYPES, COLUMN_ONLY_TYPES, isPiiType } from './types';
export type { PiiType, Finding, ScanOptions } from './types';
export { scanText } from './scanner';
export { validateValue, validatorFor } from './validate';
export { inferColumn, inferTable, typedColumn, detectCell, MIN_TYPED_CONFIDENCE } from './column-inference';
export type { ColumnInference } from './column-inference';
export { redactValue, redactText, redactCell, applyFindings, DEFAULT_POLICY } from './redact';
export type { RedactionPolicy, RedactionMode } from './redact';
export { maskValue, initials, GENERIC_MASK } from './masks';
export { tokenFor, normaliseForToken, TOKEN_PREFIX, TOKEN_HEX_CHARS, MIN_TOKEN_KEY_BYTES } from './tokens';
export { verhoeffValid, verhoeffCheckDigit } from './verhoeff';
export { luhnValid } from './luhn';
export { gstinCheckChar, gstinValid, gstStateCodeValid } from './gstin';
export { panValid, PAN_HOLDER_TYPES } from './pan';
export { pincodeValid } from './pincode';
export { parseDate } from './dates';
export { normaliseDigits, digitsOnly } from './digits';
export { STATE_CODES } from './state-codes';
export { hasShape, shapeOf, holdsIdentifierShape } from './identifier-shape';
