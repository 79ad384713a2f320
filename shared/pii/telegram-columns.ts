// Columns of a Telegram Desktop export's messages that name a person or hold a person's account or phone.
// Their values are free-form names ("Investigator", a channel's title, a full name in any script) that never
// validate, so inference from the values often leaves them untyped and the grid would print them in full.
// Telegram's own keys say what they hold: in a Telegram table these are typed by their key (fail closed).
import type { PiiType } from './types';

const PERSON_KEYS = new Set([
  'from', // sender's display name
  'from_id', // sender's account ("user123456789"): identifies the person as surely as the name
  'forwarded_from',
  'forwarded_from_id',
  'saved_from',
  'saved_from_id',
  'actor', // who did a service action (joined, pinned, invited …)
  'actor_id',
  'author', // a channel post's signature
  'inviter',
  'members', // people invited or removed, as a JSON list
  'chat_name', // a full-account export's chat: a personal chat is named after the other person
  'contact_information.first_name',
  'contact_information.last_name',
]);

const PHONE_KEYS = new Set(['contact_information.phone_number', 'phone_number']);

/** A table read from a Telegram export: its messages have Telegram's own id, type and date keys, and one
 * key no other kind of file writes. A non-Telegram table that happened to match would only be masked more. */
export function isTelegramTable(columns: readonly string[]): boolean {
  const has = (c: string) => columns.includes(c);
  return has('id') && has('type') && has('date') && (has('from_id') || has('actor_id') || has('date_unixtime'));
}

/** The type a Telegram message key implies, or null for keys that name no one (id, type, date, text, …). */
export function telegramColumnType(column: string): PiiType | null {
  if (PERSON_KEYS.has(column)) return 'PERSON';
  if (PHONE_KEYS.has(column)) return 'IN_PHONE';
  return null;
}
