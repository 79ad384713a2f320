export type ResolvedAppFile = {
    ok: true;
    file: string;
    mimeType: string;
} | {
    ok: false;
    status: 400 | 403 | 404 | 405;
    reason: string;
};
/** The canonical real path of the folder that may be served (resolve it once at startup). */
export declare function realRoot(dir: string): string;
/**
 * Resolves `rawUrl` (as the protocol handler receives it) to a regular file inside `root`, which must
 * already be a real path (see `realRoot`). Refuses other hosts, credentials, ports, dot segments in
 * any encoding, NUL and control characters, backslashes, drive letters, symlinks that leave the
 * root, folders and missing files.
 */
export declare function resolveAppFile(rawUrl: string, root: string, method?: string): ResolvedAppFile;
