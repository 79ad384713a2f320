// What leaves the vault as files for the CLI (issue #17): the vault check, redacted copies of evidence (CSV,
// JSON, images) and the report written to a chosen folder. Nothing here carries a raw value.
import { createHash } from 'node:crypto';
import { checkVault } from '../../services/vault-check';
import { writeRedactedImage } from '../../evidence/image-export';
import { exportEvidence } from '../../report/export-evidence';
import type { HandlerDeps, Handlers } from './deps';

type ExportMethods = 'vault.check' | 'evidence.export' | 'evidence.redactImage' | 'report.write';

export function exportHandlers(wb: HandlerDeps): Pick<Handlers, ExportMethods> {
  return {
    'vault.check': async () => checkVault(wb.vault),
    'evidence.export': async (r) => {
      const res = exportEvidence(wb, r.caseId, r.evidenceId, { format: r.format, out: r.out, ...(r.table !== undefined ? { table: r.table } : {}) });
      return { out: res.out, rows: res.rows, sha256: res.sha256 };
    },
    'evidence.redactImage': async (r) => {
      const png = await writeRedactedImage(wb, r.caseId, r.evidenceId, { page: r.page, image: r.image });
      return { png: png.toString('base64'), sha256: createHash('sha256').update(png).digest('hex') };
    },
    'report.write': async (r) => {
      const g = await wb.generateReport(r.caseId, r.template, r.lang, r.outDir, r.items);
      return { dir: g.dir, pdfSha256: g.pdfSha256, manifestSha256: g.manifestSha256, files: g.files, keyFingerprint: g.manifest.keyFingerprint };
    },
  };
}
