// Share of valid identifiers per type (check digits, number plans, postal regions), as horizontal bars,
// with the exact counts and the 99.9 % interval listed beside them for reading without the chart.
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { AnalysisView } from '../../../../shared/api/contract';
import { formatNumber } from '../../lib/format';
import { formatPercent } from '../../lib/percent';
import { useLanguage } from '../../state/language';
import { checkLabel } from './checkLabel';

type Validity = AnalysisView['evidence'][number]['validity'];

export function ValidityChart({ validity }: { validity: Validity }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  if (validity.length === 0) return null;
  const data = validity.map((v) => ({ label: checkLabel(t, v.check), pct: Math.round(v.rate * 1000) / 10 }));
  return (
    <figure className="chart-figure">
      <figcaption className="chart-title">{t('analysis.validityTitle')}</figcaption>
      <BarChart width={340} height={26 * data.length + 34} data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid horizontal={false} stroke="#e4e7ec" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fontSize: 11, fill: '#6a7483' }} unit="%" />
        <YAxis type="category" dataKey="label" width={96} tick={{ fontSize: 11, fill: '#465163' }} />
        <Bar dataKey="pct" fill="#1d5c8f" barSize={14} isAnimationActive={false} />
      </BarChart>
      <ul className="validity-list">
        {validity.map((v) => (
          <li key={v.check}>
            <strong>{checkLabel(t, v.check)}</strong>{' '}
            {t('analysis.validityRow', {
              valid: formatNumber(v.valid, lang),
              total: formatNumber(v.total, lang),
              percent: formatPercent(v.rate, lang),
              low: formatPercent(v.low, lang),
              high: formatPercent(v.high, lang),
            })}
          </li>
        ))}
      </ul>
    </figure>
  );
}
