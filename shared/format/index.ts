// The one formatter for times, numbers and sizes, shared by the app, the CLI and reports (en and hi).
export { formatNumber, formatPercent, groupIndian, indianWords, countWithWords } from './numbers';
export { byteCount, formatBytes, formatBytesExact } from './bytes';
export { formatIst, formatIstShort, formatIstDate, formatIstTime, type IstOptions } from './time';
