// People per 10-year age band, from an age or date-of-birth column. Implausible bands (120+) stand out.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { AnalysisView } from '../../../../shared/api/contract';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../state/language';

type Histogram = AnalysisView['evidence'][number]['ageHistogram'];

export function AgeHistogram({ histogram }: { histogram: Histogram }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const total = histogram.reduce((s, b) => s + b.count, 0);
  return (
    <figure className="chart-figure">
      <figcaption className="chart-title">{t('analysis.ageTitle')}</figcaption>
      {total === 0 ? (
        <p className="muted small">{t('analysis.ageNone')}</p>
      ) : (
        <BarChart width={340} height={170} data={histogram} margin={{ top: 6, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} stroke="#e4e7ec" />
          <XAxis dataKey="band" tick={{ fontSize: 10, fill: '#6a7483' }} interval={0} angle={-35} textAnchor="end" height={40} />
          <YAxis tick={{ fontSize: 10, fill: '#6a7483' }} width={52} tickFormatter={(n: number) => formatNumber(n, lang)} />
          <Tooltip formatter={(n) => [formatNumber(Number(n), lang), t('analysis.ageAxis')]} isAnimationActive={false} />
          <Bar dataKey="count" fill="#4f7fa8" isAnimationActive={false} />
        </BarChart>
      )}
    </figure>
  );
}
