// The report's embedded fonts, read from the npm font packages that ship with the app: Noto Sans (Latin)
// and Noto Sans Devanagari (Hindi, correct conjuncts and matras when Chromium shapes them).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { ReportFonts } from '../../../shared/report';

const FILES = {
  latinRegular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  latinBold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  devanagariRegular: '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf',
  devanagariBold: '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf',
} as const;

let cached: ReportFonts | null = null;

export function loadReportFonts(): ReportFonts {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const read = (spec: string): string => fs.readFileSync(require.resolve(spec)).toString('base64');
    cached = {
      latinRegular: read(FILES.latinRegular),
      latinBold: read(FILES.latinBold),
      devanagariRegular: read(FILES.devanagariRegular),
      devanagariBold: read(FILES.devanagariBold),
    };
  }
  return cached;
}
