// Custody chain logic shared by the app, the CLI and any standalone verifier: pure TypeScript, no I/O.
export { type CustodyCrypto, type CustodyHash, nobleCustodyCrypto, isValidEd25519PublicKey } from './crypto';
export { toHex, fromHex, toBase64, fromBase64 } from './bytes';
export { CanonicalJsonError, canonicalize, canonicalBytes, type JsonValue, type JsonObject, type JsonPrimitive } from './canonical-json';
export {
  HASH_SIZE,
  leafHash,
  nodeHash,
  emptyRoot,
  merkleRoot,
  MerkleAccumulator,
  inclusionProof,
  verifyInclusion,
  consistencyProof,
  verifyConsistency,
} from './merkle';
export {
  PUBLIC_KEY_ALGORITHM,
  PublicKeyFormatError,
  type ParsedPublicKey,
  keyFingerprint,
  isKeyFingerprint,
  displayFingerprint,
  formatPublicKey,
  parsePublicKey,
} from './keys';
export {
  CUSTODY_ACTIONS,
  GENESIS_PREV_HASH,
  type CustodyAction,
  type CustodyClock,
  type CustodyEntry,
  type CustodyExaminer,
  type CustodySubject,
  entryBytes,
  entryHash,
  entryLeafHash,
  entryShapeProblem,
  isCustodyEntry,
  isCustodyTime,
  isCaseId,
  custodyTime,
} from './entry';
export { type ChainHead, type NewEntry, emptyChainHead, chainHeadAfter, appendEntry } from './chain';
export {
  CHECKPOINT_HEADER,
  type Checkpoint,
  type SignedCheckpoint,
  type CheckpointSignatureResult,
  checkpointSignedBytes,
  signCheckpoint,
  checkpointShapeProblem,
  verifyCheckpointSignature,
} from './checkpoint';
export {
  type CustodyDefect,
  type CustodyProblem,
  type VerifyCustodyInput,
  type VerifyCustodyResult,
  verifyCustody,
} from './verify';
export {
  INCLUSION_DOCUMENT_VERSION,
  type InclusionProofDocument,
  type InclusionVerifyResult,
  buildInclusionDocument,
  verifyInclusionDocument,
} from './inclusion-document';
export { CASE_JSONLD_CONTEXT, type EvidenceItem, type CaseJsonLdInput, exportCaseJsonLd } from './case-jsonld';
