// Percentages for rates in [0, 1] come from the one formatter (shared/format), as numbers and sizes do.
export { formatPercent } from '../../../shared/format';
