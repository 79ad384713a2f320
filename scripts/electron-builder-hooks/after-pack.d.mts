// Types for after-pack.mjs (used by test/electron).
export interface AfterPackContextLike {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { executableName?: string; appInfo: { productFilename: string } };
}
export declare const FUSES: Readonly<Record<string, boolean>>;
export declare function fuseTarget(context: AfterPackContextLike): string;
export declare function fuseConfig(context: AfterPackContextLike): Record<string, unknown>;
export declare function afterPack(context: AfterPackContextLike): Promise<void>;
export default afterPack;
