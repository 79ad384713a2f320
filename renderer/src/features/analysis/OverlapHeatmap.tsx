// Containment between samples as a heat map: row item's identifiers found in the column item. Cells
// are shaded in six steps by CSS class (no inline colours) and always carry the number as text.
import { useTranslation } from 'react-i18next';
import type { AnalysisView } from '../../../../shared/api/contract';
import { formatNumber } from '../../lib/format';
import { formatPercent } from '../../lib/percent';
import { useLanguage } from '../../state/language';

export function OverlapHeatmap({ matrix, names }: { matrix: AnalysisView['matrix']; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const name = (id: string) => names.get(id) ?? id;
  return (
    <section className="overlap">
      <h3 className="section-title">{t('analysis.overlapTitle')}</h3>
      {matrix.ids.length < 2 ? (
        <p className="muted">{t('analysis.overlapNone')}</p>
      ) : (
        <>
          <p className="muted small overlap-intro">{t('analysis.overlapIntro')}</p>
          <table className="heatmap">
            <thead>
              <tr>
                <td />
                {matrix.ids.map((id) => (
                  <th key={id} scope="col" title={name(id)}>
                    {name(id)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.ids.map((a, i) => (
                <tr key={a}>
                  <th scope="row" title={name(a)}>
                    {name(a)}
                  </th>
                  {matrix.ids.map((b, j) => {
                    if (i === j)
                      return (
                        <td key={b} className="heat-self">
                          —
                        </td>
                      );
                    const v = matrix.containment[i]?.[j] ?? 0;
                    const shared = matrix.shared[i]?.[j] ?? 0;
                    return (
                      <td key={b} className={`heat heat-${Math.min(5, Math.round(v * 5))}`} title={t('analysis.overlapCell', { percent: formatPercent(v, lang), a: name(a), b: name(b), shared: formatNumber(shared, lang) })}>
                        {formatPercent(v, lang)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
