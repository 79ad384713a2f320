// A screenshot item: its redacted copy (identifiers painted over by the core; this window never receives the
// original), the OCR confidence, the identifiers found (masked, each revealable for a logged reason and
// highlighted on the image when chosen), and the recognised text, redacted like table cells.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceImage, EvidenceInfo } from '../../../../shared/api/contract';
import { formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useImageView } from '../../state/image-view';
import { useLanguage } from '../../state/language';
import { shortType } from './PiiBadge';
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
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const view = useImageView(caseId, item.id);
  const [chosen, setChosen] = useState<number | null>(null);
  const [asking, setAsking] = useState<Finding | null>(null);
  const img = view.image;
  const n = (x: number) => formatNumber(x, lang);
  const chosenFinding = img?.findings.find((f) => f.index === chosen) ?? null;

  return (
    <section className="image-view" aria-label={t('image.title', { name: item.name })}>
      <header className="records-head">
        <h3 className="records-title">{t('image.title', { name: item.name })}</h3>
        {img && <span className="ocr-confidence">{t('image.confidence', { value: n(Math.round(img.confidence)) })}</span>}
      </header>
      <p className="records-note">{t('image.note')}</p>
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
                <img className="image-redacted" src={`data:image/png;base64,${img.png}`} width={img.width} height={img.height} alt={t('image.alt', { name: item.name })} draggable={false} />
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
                        <span className="pii-badge">{shortType(f.type)}</span>
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
          intro={t('image.revealIntro', { n: n(asking.index + 1), type: shortType(asking.type), line: n(asking.line + 1), seconds: REVEAL_SECONDS_HINT })}
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
