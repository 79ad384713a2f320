// The catalogue's type, derived from the English source: same keys, any string values. Kept apart from
// en.ts/hi.ts so hi.ts can import it without a cycle through index.ts.
import type { en } from './en';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export type Catalogue = Strings<typeof en>;
