// A screenshot item, or a scanned PDF one page image at a time: its redacted copy (identifiers painted over by
// the core; this window never receives the original), the OCR confidence, the identifiers found (masked,
// each revealable for a logged reason and highlighted on the image when chosen), and the recognised text,
// redacted like table cells. A PDF pages through the page images the OCR read (previous / next).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceImage, EvidenceInfo } from '../../../../shared/api/contract';
import { formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useImageView, type PageImageAt } from '../../state/image-view';
import { useLanguage } from '../../state/language';
import { useTypeName } from './PiiBadge';
import { RevealDialog } from './RevealDialog';

/** What the core tells us to expect before the first reveal reply says otherwise. */
const REVEAL_SECONDS_HINT = 20;

type Finding = EvidenceImage['findings'][number];

/** The chosen finding's box as percentages of the image, so it follows the picture as it is scaled. */
function boxStyle(img: EvidenceImage, f: Finding): React.CSSProperties {
  const pad = 4;
  const pct = (v: number, of: number) => `${(Math.min(Math.max(v, 0), of) / of) * 100}%`;
  return {
    left: pct(f.box.x0 - pad, img.width),
    top: pct(f.box.y0 - pad, img.height),
    width: pct(f.box.x1 - f.box.x0 + 2 * pad, img.width),
    height: pct(f.box.y1 - f.box.y0 + 2 * pad, img.height),
  };
}

export function ImageView({ caseId, item }: { caseId: string; item: EvidenceInfo }) {
  const { t } = useTranslation();
  const typeName = useTypeName();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const [at, setAt] = useState<PageImageAt | null>(null);
  const view = useImageView(caseId, item.id, at);
  const [chosen, setChosen] = useState<number | null>(null);
  const [asking, setAsking] = useState<Finding | null>(null);
  const img = view.image;
  const n = (x: number) => formatNumber(x, lang);
  const chosenFinding = img?.findings.find((f) => f.index === chosen) ?? null;
  const isPdf = item.format === 'pdf';
  const title = isPdf ? t('image.pdfTitle', { name: item.name }) : t('image.title', { name: item.name });
  const go = (to: PageImageAt) => {
    setChosen(null);
    setAsking(null);
    setAt(to);
  };

  return (
    <section className="image-view" aria-label={title}>
      <header className="records-head">
        <h3 className="records-title">{title}</h3>
        {img && <span className="ocr-confidence">{t('image.confidence', { value: n(Math.round(img.confidence)) })}</span>}
      </header>
      <p className="records-note">{isPdf ? t('image.pdfNote') : t('image.note')}</p>
      {img?.pdf && <PageNav pdf={img.pdf} busy={view.loading} onGo={go} />}
      {view.error ? (
        <p className="form-error" role="alert">
          {errorMessage(view.error)}
        </p>
      ) : !img ? (
        <p className="muted">{t('image.loading')}</p>
      ) : (
        <div className="image-body">
          <div className="image-main">
            <figure className="image-frame">
              <div className="image-stage">
                <img
                  className="image-redacted"
                  src={`data:image/png;base64,${img.png}`}
                  width={img.width}
                  height={img.height}
                  alt={img.pdf ? t('image.pageAlt', { name: item.name, page: n(img.pdf.page) }) : t('image.alt', { name: item.name })}
                  draggable={false}
                />
                {chosenFinding && <div className="image-mark" style={boxStyle(img, chosenFinding)} aria-hidden="true" />}
              </div>
              <figcaption className="muted">
                {t('image.size', { width: n(img.width), height: n(img.height) })} · {t('image.redactedHash')} <span className="mono">{img.sha256.slice(0, 16)}…</span>
              </figcaption>
            </figure>
            <h4 className="image-side-title">{t('image.text')}</h4>
            {img.lines.length === 0 ? (
              <p className="muted">{t('image.noText')}</p>
            ) : (
              <ol className="ocr-lines">
                {img.lines.map((l, i) => (
                  <li key={i} className={chosenFinding?.line === i ? 'is-chosen' : undefined}>
                    {l}
                  </li>
                ))}
              </ol>
            )}
          </div>
          <div className="image-side">
            <h4 className="image-side-title">{t('image.findings', { count: img.findings.length, formatted: n(img.findings.length) })}</h4>
            {img.findings.length === 0 ? (
              <p className="muted">{t('image.noFindings')}</p>
            ) : (
              <ul className="finding-list">
                {img.findings.map((f) => {
                  const shown = view.revealed?.finding === f.index ? view.revealed : null;
                  return (
                    <li key={f.index} className={['finding', chosen === f.index ? 'is-chosen' : '', shown ? 'is-revealed' : ''].join(' ').trim()} data-finding={f.index}>
                      <button type="button" className="finding-pick" aria-pressed={chosen === f.index} title={t('image.showOnImage')} onClick={() => setChosen(chosen === f.index ? null : f.index)}>
                        <span className="pii-badge">{typeName(f.type)}</span>
                        <span className="finding-masked">{f.masked}</span>
                        <span className="finding-line muted">{t('image.line', { line: n(f.line + 1) })}</span>
                      </button>
                      {shown ? (
                        <span className="reveal-chip finding-reveal">
                          <span className="revealed-value">{shown.value}</span>
                          <span className="reveal-timer" aria-live="polite">
                            {t('records.revealedFor', { seconds: shown.secondsLeft })}
                          </span>
                          <button type="button" className="cell-button" onClick={view.hide}>
                            {t('records.hideNow')}
                          </button>
                        </span>
                      ) : (
                        <button type="button" className="cell-button" title={t('image.revealHint')} onClick={() => setAsking(f)}>
                          {t('records.reveal')}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        </div>
      )}
      {asking && (
        <RevealDialog
          intro={t('image.revealIntro', { n: n(asking.index + 1), type: typeName(asking.type), line: n(asking.line + 1), seconds: REVEAL_SECONDS_HINT })}
          seconds={REVEAL_SECONDS_HINT}
          onReveal={async (reason) => {
            await view.reveal(asking.index, reason);
            setChosen(asking.index);
          }}
          onClose={() => setAsking(null)}
        />
      )}
    </section>
  );
}

type PdfPlace = NonNullable<EvidenceImage['pdf']>;

/** Previous / next page image of a scanned PDF, and where we are ("Page 2 of 5"). */
function PageNav({ pdf, busy, onGo }: { pdf: PdfPlace; busy: boolean; onGo: (to: PageImageAt) => void }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const n = (x: number) => formatNumber(x, lang);
  const list = pdf.pageImages;
  const here = list.findIndex((p) => p.page === pdf.page && p.image === pdf.image);
  const prev = here > 0 ? list[here - 1] : undefined;
  const next = here >= 0 && here < list.length - 1 ? list[here + 1] : undefined;
  const onPage = list.filter((p) => p.page === pdf.page);
  const scannedPages = new Set(list.map((p) => p.page)).size;
  return (
    <nav className="page-nav" aria-label={t('image.pages')}>
      <button type="button" className="button-secondary" disabled={!prev || busy} onClick={() => prev && onGo(prev)}>
        {t('image.previousPage')}
      </button>
      <span className="page-of" aria-live="polite">
        {t('image.pageOf', { page: n(pdf.page), pages: n(pdf.pages) })}
        {onPage.length > 1 && ` · ${t('image.imageOf', { n: n(onPage.findIndex((p) => p.image === pdf.image) + 1), total: n(onPage.length) })}`}
      </span>
      <button type="button" className="button-secondary" disabled={!next || busy} onClick={() => next && onGo(next)}>
        {t('image.nextPage')}
      </button>
      {scannedPages < pdf.pages && <span className="muted page-nav-note">{t('image.textPages')}</span>}
    </nav>
  );
}
