// Error codes that cross the API boundary. Errors travel as plain `{code, message}` data, never as class
// instances, and their messages never carry personal data or secrets (say where, not what).

import { recogniseCoreText, type CoreMessage } from '../i18n/core-text';

export const ErrorCodes = [
  'BAD_REQUEST', // request failed schema validation
  'UNKNOWN_METHOD',
  'UNTRUSTED_SENDER',
  'VAULT_NOT_FOUND',
  'VAULT_EXISTS',
  'VAULT_LOCKED',
  'WRONG_PASSPHRASE',
  'VAULT_CORRUPT', // a vault file failed its integrity check (tampering or damage)
  'VAULT_TOO_NEW', // written by a newer Sakshya
  'VAULT_TOO_OLD', // an older vault format this build no longer opens (the message says how to move its cases)
  'VERIFY_FAILED', // custody / report verification found a mismatch
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_INPUT', // input data (a file, a passphrase) cannot be used; the message says why and where
  'CANCELLED',
  'IO_ERROR',
  'INTERNAL', // a bug: the message is generic, details stay in the process
] as const;

export type ErrorCode = (typeof ErrorCodes)[number];

export interface WireError {
  code: ErrorCode;
  message: string;
  /** The message as a catalogue key and parameters when a core template made it, for the reader's language. */
  text?: CoreMessage;
}

/** An expected failure, shown to the user as is. Its message must be safe to show and to log. */
export class SakshyaError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'SakshyaError';
    this.code = code;
  }
}

export function isSakshyaError(e: unknown): e is SakshyaError {
  return e instanceof SakshyaError;
}

/** Converts anything thrown into wire-safe data. Unknown errors become INTERNAL with a generic message,
 * because their text may hold data (a parser echoing a value, a path) that must not leave the core. */
export function toWireError(e: unknown): WireError {
  if (isSakshyaError(e)) {
    const text = recogniseCoreText(e.message);
    return text ? { code: e.code, message: e.message, text } : { code: e.code, message: e.message };
  }
  return { code: 'INTERNAL', message: 'An internal error occurred. Nothing was changed by the failed step.' };
}

/** Process exit codes of the command-line tool. */
export const ExitCodes = {
  ok: 0,
  error: 1,
  usage: 2,
  verifyFailed: 3,
  wrongPassphrase: 4,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'WRONG_PASSPHRASE':
      return ExitCodes.wrongPassphrase;
    case 'VAULT_CORRUPT':
    case 'VERIFY_FAILED':
      return ExitCodes.verifyFailed;
    case 'BAD_REQUEST':
      return ExitCodes.usage;
    default:
      return ExitCodes.error;
  }
}
