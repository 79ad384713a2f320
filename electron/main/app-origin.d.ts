export declare const APP_SCHEME = "app";
export declare const APP_HOST = "sakshya";
export declare const APP_ORIGIN = "app://sakshya";
/** Every URL of ours starts with this prefix (the trailing slash stops `app://sakshya.evil/`). */
export declare const APP_URL_PREFIX = "app://sakshya/";
export declare const APP_ENTRY_URL = "app://sakshya/index.html";
/**
 * True only for a well-formed page URL of the app's own origin: scheme app:, host sakshya, no
 * credentials, no port. Both the raw prefix and the parsed parts must agree, so odd spellings that
 * parsers disagree about (`app://sakshya@evil/`, `app://sakshya:1/`, backslashes) are refused.
 */
export declare function isAppUrl(url: string): boolean;
