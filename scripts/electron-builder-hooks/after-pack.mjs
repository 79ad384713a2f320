// electron-builder afterPack hook: flips Electron's fuses in the packaged binary (electron-builder
// 25.1.8 has no `electronFuses` option; that arrived in 26). Runs after the app files and the asar
// integrity data are in place and before signing, as @electron/fuses asks. Fails the build if the
// binary has a fuse this config does not set, and reads the fuses back to prove the flip took.
import path from 'node:path';
import { flipFuses, getCurrentFuseWire, FuseState, FuseV1Options, FuseVersion } from '@electron/fuses';

/** The fuse settings of every Sakshya build (names as in @electron/fuses' FuseV1Options). */
export const FUSES = Object.freeze({
  // The packaged app runs the CLI itself (`--cli`); ELECTRON_RUN_AS_NODE would turn it into a bare
  // Node.js that any local program could drive with the app's identity.
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  // Windows (Electron >= 30) and macOS check app.asar against the hash electron-builder embeds.
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
  WasmTrapHandlers: true,
});

/** The file whose fuse wire is flipped, per platform, as electron-builder lays out `appOutDir`. */
export function fuseTarget(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'linux':
      return path.join(appOutDir, packager.executableName);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    default:
      throw new Error(`Sakshya fuses: unsupported platform ${electronPlatformName}`);
  }
}

export function fuseConfig(context) {
  const config = { version: FuseVersion.V1, strictlyRequireAllFuses: true };
  for (const [name, on] of Object.entries(FUSES)) config[FuseV1Options[name]] = on;
  // arm64 macOS refuses to start a binary whose ad-hoc signature no longer matches.
  config.resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === 3; // Arch.arm64
  return config;
}

export async function afterPack(context) {
  const target = fuseTarget(context);
  await flipFuses(target, fuseConfig(context));
  const wire = await getCurrentFuseWire(target);
  for (const [name, on] of Object.entries(FUSES)) {
    const want = on ? FuseState.ENABLE : FuseState.DISABLE;
    if (wire[FuseV1Options[name]] !== want) throw new Error(`Sakshya fuses: ${name} did not flip in ${target}`);
  }
  console.log(`  • Sakshya fuses set in ${path.basename(target)}: ${Object.entries(FUSES).map(([k, v]) => `${k}=${v ? 'on' : 'off'}`).join(', ')}`);
}

export default afterPack;
