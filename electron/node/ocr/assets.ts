// Where the OCR engine's files live on disk. Everything OCR needs ships inside the app (npm packages in
// node_modules / app.asar.unpacked): the tesseract.js worker code, the wasm core and the traineddata of
// each language. Nothing is ever fetched: tesseract.js would otherwise default to a CDN for languages.
import { createRequire } from 'node:module';
import path from 'node:path';

export const OCR_LANGS = ['eng', 'hin'] as const;
export type OcrLang = (typeof OCR_LANGS)[number];
/** The language string tesseract initialises with: English and Hindi models together. */
export const OCR_LANG_SPEC = 'eng+hin';

export interface OcrAssets {
  /** Absolute path of tesseract.js's package.json; its worker script and wasm core load relative to it. */
  tesseractPackageJson: string;
  /** Absolute path of each language's gzipped traineddata file. */
  langFiles: Record<OcrLang, string>;
}

// The `4.0.0_best_int` models (integer-quantised LSTM "best"): the LSTM-only engine needs nothing more,
// and they are a quarter of the size of the `4.0.0` files, which also carry the legacy engine's data.
const MODEL_DIR = '4.0.0_best_int';

/** Resolves the assets from the installed npm packages (works from source, in the CLI bundle and in
 * the packaged app, where node_modules sits beside the bundle). */
export function defaultOcrAssets(): OcrAssets {
  const require = createRequire(import.meta.url);
  const langFile = (lang: OcrLang): string =>
    path.join(path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), MODEL_DIR, `${lang}.traineddata.gz`);
  return {
    tesseractPackageJson: require.resolve('tesseract.js/package.json'),
    langFiles: { eng: langFile('eng'), hin: langFile('hin') },
  };
}
