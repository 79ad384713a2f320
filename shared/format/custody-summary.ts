// One line per custody entry for people: what happened, to what, without personal data (entries carry
// hashes, names of files, positions and reasons, never cell values).
export interface EntryLike {
  action: string;
  details: Record<string, unknown>;
  subject?: Record<string, unknown>;
}

const s = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v));
const short = (h: unknown): string => (typeof h === 'string' && h.length > 16 ? `${h.slice(0, 12)}…` : s(h));
/** " page 2" (and ", image 2" where a page has several) for an entry about a scanned PDF's page image. */
const onPage = (page: unknown, image: unknown): string =>
  typeof page === 'number' ? ` page ${page}${typeof image === 'number' && image > 0 ? `, image ${image + 1}` : ''}` : '';

export function summariseEntry(e: EntryLike): string {
  const d = e.details;
  switch (e.action) {
    case 'vault.created':
      return 'Vault created; examiner key generated';
    case 'vault.unlocked':
      return 'Vault unlocked';
    case 'vault.passphrase_changed':
      return 'Vault passphrase changed';
    case 'case.created':
      return `Case opened: ${s(d.title)}${d.ref ? ` (ref. ${s(d.ref)})` : ''}`;
    case 'case.renamed':
      return `Case renamed from "${s(d.from)}" to "${s(d.to)}"`;
    case 'evidence.acquired':
      return `Acquired ${s(d.name)} (${s(d.bytes)} bytes, SHA-256 ${short(d.sha256)}) as ${s(d.evidenceId)}${d.parentId ? ` from archive ${s(d.parentId)}` : ''}${d.reason ? `; reason: ${s(d.reason)}` : ''}`;
    case 'evidence.parsed':
      return `Parsed ${s(d.evidenceId)} as ${s(d.format)}: ${s(d.records)} records, ${s(d.malformed)} malformed, status ${s(d.status)}${d.reason ? ` (${s(d.reason)})` : ''}`;
    case 'evidence.duplicate':
      return `Same bytes as ${s(d.existingEvidenceId)} offered again (${s(d.name)}); not stored twice`;
    case 'evidence.viewed': {
      if (d.view === 'redacted-image') return `Viewed the redacted image of ${s(d.evidenceId)}${onPage(d.page, d.image)} (SHA-256 ${short(d.sha256)})`;
      const rows = Array.isArray(d.rows) ? d.rows : [];
      return `Viewed ${s(d.evidenceId)}${d.table ? ` table ${s(d.table)}` : ''}, records ${s(rows[0])}–${Number(rows[1] ?? 0) - 1}`;
    }
    case 'evidence.searched':
      return `Searched ${s(d.evidenceId)}: ${s(d.matches)} matches in ${s(d.scanned)} records`;
    case 'value.revealed': {
      const img = typeof d.image === 'object' && d.image !== null ? (d.image as Record<string, unknown>) : null;
      if (img) return `Revealed ${s(d.evidenceId)}${onPage(img.page, img.pageImage)} image identifier no. ${Number(img.finding) + 1} (${s(img.type)}, text line ${Number(img.line) + 1}); reason: ${s(d.reason)}`;
      return `Revealed ${s(d.evidenceId)} row ${s(d.row)}, column ${s(d.column)}; reason: ${s(d.reason)}`;
    }
    case 'import.cancelled':
      return `Import of ${s(d.name)} cancelled after ${s(d.bytesRead)} bytes; nothing kept`;
    case 'import.failed':
      return `Import of ${s(d.name)} failed: ${s(d.problem)}`;
    case 'note.added':
      return `Note${d.evidenceId ? ` on ${s(d.evidenceId)}` : ''}: ${s(d.text)}`;
    case 'tag.added':
      return `Tag "${s(d.tag)}" added to ${s(d.evidenceId)}`;
    case 'verify.run':
      return `Verification passed: ${s(d.entries)} entries, ${s(d.evidence)} evidence items re-hashed`;
    case 'analysis.run':
      return `Authenticity analysis run on ${s(d.evidence)} evidence items`;
    case 'report.generated':
      return `Report generated (${s(d.template)}, ${s(d.lang)}); PDF SHA-256 ${short(d.pdfSha256)}`;
    case 'export.created':
      return `Redacted ${s(d.format)} export of ${s(d.evidenceId)}${onPage(d.page, d.image)} written (SHA-256 ${short(d.sha256)})`;
    case 'case.sent':
      return `Case sealed for ${s(d.recipientFingerprint)} (package SHA-256 ${short(d.packageSha256)})`;
    case 'case.received':
      return `Case received from ${s(d.senderName)} (${s(d.senderFingerprint)})`;
    default:
      return e.action;
  }
}
