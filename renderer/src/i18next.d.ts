// Types i18next's `t()` by the English catalogue: an unknown key is a compile error in the renderer.
import 'i18next';
import type { en } from '../../shared/i18n/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
