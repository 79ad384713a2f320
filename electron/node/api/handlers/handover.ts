// Case hand-over for the window (issue #16): the same sealing and receiving as case.export / case.receive,
// but the renderer never names a path. Sending writes into a folder the examiner picks with the host's
// dialog (the core names the file); receiving reads the file the examiner picks with the host's file dialog,
// first only its header (who claims to send it, whom it is for), then, when the examiner confirms, the whole
// package through receiveCase, which checks everything again and accepts only a pinned sender key.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { displayFingerprint, keyFingerprint } from '../../../../shared/custody';
import { SakshyaError } from '../../../../shared/api/errors';
import { exportCase, receiveCase } from '../../custody/transfer';
import { peekPackage } from '../../custody/package-peek';
import { parsePublicKeyText, trustedExaminerKey, trustedExaminers } from '../../store/trusted-keys';
import { loadExaminer } from '../../store/examiner';
import { getCase, hasCase } from '../../store/cases';
import { nodeCustodyCrypto } from '../../vault/node-crypto';
import type { HandlerDeps, Handlers } from './deps';

export const PACKAGE_EXTENSION = '.sakshya-case';

type HandoverMethods = 'examiner.inspectKey' | 'handover.send' | 'handover.open' | 'handover.receive';

/** A file name in the chosen folder that does not exist yet: case ID and UTC time, numbered if taken. */
function freshPackagePath(dir: string, caseId: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z');
  for (let n = 1; ; n++) {
    const file = path.join(dir, `${caseId}-${stamp}${n > 1 ? `-${n}` : ''}${PACKAGE_EXTENSION}`);
    if (!fs.existsSync(file) && !fs.existsSync(`${file}.partial`)) return file;
  }
}

/** The package each core's examiner picked last (one at a time): the renderer refers to it by a random token,
 * so it can never make the core read a path of its choosing. Kept per core, not per handler table (a host
 * may build the table more than once). */
const pickedPackage = new WeakMap<object, { token: string; file: string }>();

export function handoverHandlers(wb: HandlerDeps): Pick<Handlers, HandoverMethods> {
  const ownFingerprint = () => keyFingerprint(loadExaminer(wb.vault.db)!.publicKey, nodeCustodyCrypto);

  return {
    'examiner.inspectKey': async (r) => {
      const key = parsePublicKeyText(r.publicKey);
      const fp = keyFingerprint(key.publicKey, nodeCustodyCrypto);
      return {
        fingerprint: displayFingerprint(fp),
        name: (key.comment ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim().slice(0, 200),
        trusted: trustedExaminerKey(wb.vault.db, fp) !== null,
        own: fp === ownFingerprint(),
      };
    },
    'handover.send': async (r) => {
      getCase(wb.vault.db, r.caseId);
      let recipient: Uint8Array;
      if ('trusted' in r.to) {
        const raw = r.to.trusted.replace(/\s+/g, '');
        const key = trustedExaminerKey(wb.vault.db, raw);
        if (!key) throw new SakshyaError('NOT_FOUND', 'That examiner is not among this vault’s trusted examiners.');
        recipient = key;
      } else {
        recipient = parsePublicKeyText(r.to.key).publicKey;
      }
      if (keyFingerprint(recipient, nodeCustodyCrypto) === ownFingerprint()) {
        throw new SakshyaError('INVALID_INPUT', "That is this vault's own examiner key: a case is handed over to another examiner's key.");
      }
      if (!wb.opts.pickFolder) throw new SakshyaError('INVALID_INPUT', 'This host has no folder picker.');
      const dir = await wb.opts.pickFolder('handover');
      if (dir === null) return null;
      if (!path.isAbsolute(dir) || !fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
        throw new SakshyaError('NOT_FOUND', 'The chosen folder does not exist. Nothing was written.');
      }
      const file = freshPackagePath(dir, r.caseId, wb.now());
      let sent: Awaited<ReturnType<typeof exportCase>>;
      try {
        // Probe the folder first: exportCase records 'case.sent' before it writes, and a folder that refuses
        // the file must not leave a hand-over on the record that never happened.
        fs.closeSync(fs.openSync(`${file}.partial`, 'wx', 0o600));
        fs.rmSync(`${file}.partial`);
        sent = await exportCase(wb.vault, r.caseId, recipient, file, wb.now());
      } catch (e) {
        // A folder the examiner may not write to, or a full disk: say so (the code names no file contents).
        const code = (e as NodeJS.ErrnoException | null)?.code;
        if (code && ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT'].includes(code)) {
          throw new SakshyaError('IO_ERROR', `The package could not be written in the chosen folder (${code}). No package was left there; choose another folder.`);
        }
        throw e;
      }
      return { dir, file: path.basename(file), bytes: sent.bytes, sha256: sent.sha256, recipientFingerprint: displayFingerprint(sent.recipientFingerprint) };
    },
    'handover.open': async () => {
      if (!wb.opts.pickPackage) throw new SakshyaError('INVALID_INPUT', 'This host has no file picker.');
      const file = await wb.opts.pickPackage();
      if (file === null) return null;
      if (!path.isAbsolute(file) || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new SakshyaError('NOT_FOUND', 'The chosen file does not exist.');
      const claims = peekPackage(file);
      const token = randomBytes(16).toString('hex');
      pickedPackage.set(wb, { token, file });
      const base = { token, file: path.basename(file), bytes: fs.statSync(file).size };
      if (!claims) return { ...base, problem: 'notPackage' as const, package: null };
      const forThisVault = claims.recipientFingerprint === ownFingerprint();
      const trusted = trustedExaminers(wb.vault.db).some((t) => t.keyFingerprint === claims.senderFingerprint);
      return {
        ...base,
        problem: !forThisVault ? ('notForThisVault' as const) : !trusted ? ('untrusted' as const) : null,
        package: {
          caseId: claims.caseId,
          createdAt: claims.createdAt,
          senderName: claims.senderName,
          senderFingerprint: displayFingerprint(claims.senderFingerprint),
          recipientFingerprint: displayFingerprint(claims.recipientFingerprint),
          trusted,
          forThisVault,
          caseHere: hasCase(wb.vault.db, claims.caseId),
        },
      };
    },
    'handover.receive': async (r) => {
      const picked = pickedPackage.get(wb);
      if (!picked || picked.token !== r.token) throw new SakshyaError('NOT_FOUND', 'Choose the package again: this one is no longer selected.');
      pickedPackage.delete(wb);
      const { file } = picked;
      const got = await receiveCase(wb.vault, file, wb.now());
      return { ...got, senderFingerprint: displayFingerprint(got.senderFingerprint) };
    },
  };
}
