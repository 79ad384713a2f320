// The generated PDF, page by page, drawn by pdf.js from the bytes the core returns (report.pdf). The report
// is redacted like every report, so showing it here shows no raw personal data. pdf.js runs in its worker,
// served from the app's own origin; eval is off.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { call } from '../../api';
import { useErrorMessage } from '../../state/error-message';

async function openPdf(base64: string): Promise<PDFDocumentProxy> {
  const pdfjs = await import('pdfjs-dist');
  const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false, disableAutoFetch: true }).promise;
}

export function ReportPreview({ caseId, dir }: { caseId: string; dir: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let live = true;
    let opened: PDFDocumentProxy | null = null;
    setDoc(null);
    setPage(1);
    call('report.pdf', { caseId })
      .then((r) => openPdf(r.pdf))
      .then(
        (d) => {
          opened = d;
          if (live) setDoc(d);
          else void d.destroy();
        },
        (e: unknown) => live && setError(errorMessage(e)),
      );
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [caseId, dir, errorMessage]);

  useEffect(() => {
    const c = canvas.current;
    if (!doc || !c) return;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    let live = true;
    void doc.getPage(page).then((p) => {
      if (!live) return;
      const width = 760;
      const viewport = p.getViewport({ scale: width / p.getViewport({ scale: 1 }).width });
      c.width = Math.floor(viewport.width);
      c.height = Math.floor(viewport.height);
      task = p.render({ canvas: c, viewport });
      task.promise.catch(() => undefined);
    });
    return () => {
      live = false;
      task?.cancel();
    };
  }, [doc, page]);

  if (error) return <p className="form-error" role="alert">{error}</p>;
  if (!doc) return <p className="muted small">{t('reports.preview.loading')}</p>;
  return (
    <section className="report-preview" aria-label={t('reports.preview.title')}>
      <div className="report-preview-bar">
        <h3 className="section-title">{t('reports.preview.title')}</h3>
        <button type="button" onClick={() => setPage((p) => Math.max(1, p - 1))} disabled={page <= 1}>
          {t('reports.preview.previous')}
        </button>
        <span className="report-preview-page" aria-live="polite">
          {t('reports.preview.page', { page, pages: doc.numPages })}
        </span>
        <button type="button" onClick={() => setPage((p) => Math.min(doc.numPages, p + 1))} disabled={page >= doc.numPages}>
          {t('reports.preview.next')}
        </button>
      </div>
      <canvas ref={canvas} className="report-preview-canvas" role="img" aria-label={t('reports.preview.page', { page, pages: doc.numPages })} />
    </section>
  );
}
