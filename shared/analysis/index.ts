/**
 * Authenticity analysis: "is the leak genuine?" Pure logic over figures and token arrays; the streaming
 * pass over the vault lives in electron/node/analysis. See verdict.ts for the rules.
 */
export type { AnalysisResult, CaseTotals, Reason, ReasonCode, EvidenceAnalysis, Figures, Rate, Verdict, CheckKind, Claim, ClaimCheck, ClaimStatus, Overlap, OverlapMatrix } from './types';
export { SampleProfile, partialTransfer } from './profile';
export type { ProfileOptions, ProfilePartial, SampleTokens } from './profile';
export { reasonTextEn } from './reason-text';
export { decideVerdict, MIN_VALUES, CONTAINMENT_THRESHOLD, DUPLICATE_ROWS_MAX } from './verdict';
export type { ContainedIn } from './verdict';
export { checkClaim, withCurrentClaims } from './claim';
export { compare, overlapsOf, overlapMatrix, sourcesOf } from './overlap';
export type { TokenSample } from './overlap';
export { CHECKS, CHECK_KINDS, passes, ageFromDob, ageFromAgeCell, mobileDigits, plainDigits } from './checks';
export { columnRole, tokenText, isEmptyCell, hasShape, personType, MASK_CONFIDENCE, IDENTIFIER_TYPES } from './columns';
export { wilson, chiSquareUniform, Z_999 } from './stats';
export { fmtCount, fmtPct } from './format';
export { KeyedTokeniser } from './keyed-token';
export { TokenBuffer, uniqueSorted, unionSorted, intersectionSize } from './token-set';
export { distinctOfRuns, unionToStore, unionCount, intersectionCount, MemoryRunStore } from './token-runs';
export type { RunStore, RunWriter, SpilledTokens, TokenSet } from './token-runs';
export { tableFingerprint, evidenceFingerprint, normaliseColumnName } from './fingerprint';
export { ageHistogram, countWithin, AGE_BANDS } from './ages';
export { hash53, hash53Range, hashCells } from './row-hash';
