// One writer at a time: the app and the command-line tool may both reach a vault. The lock file holds the
// owner's pid; a lock whose process is gone is stale and taken over.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { SakshyaError } from '../../../shared/api/errors';
import { LOCK_FILE } from './format';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class WriteLock {
  private constructor(private readonly file: string) {}

  static acquire(dir: string): WriteLock {
    const file = path.join(dir, LOCK_FILE);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(file, JSON.stringify({ pid: process.pid, host: os.hostname() }), { flag: 'wx', mode: 0o600 });
        return new WriteLock(file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        let owner: { pid?: number; host?: string } = {};
        try {
          owner = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof owner;
        } catch {
          /* unreadable lock: treat as stale */
        }
        const sameHost = owner.host === undefined || owner.host === os.hostname();
        if (typeof owner.pid === 'number' && sameHost && owner.pid !== process.pid && alive(owner.pid)) {
          throw new SakshyaError('CONFLICT', `The vault is open in another Sakshya process (pid ${owner.pid}). Lock it there first.`);
        }
        fs.rmSync(file, { force: true });
      }
    }
    throw new SakshyaError('CONFLICT', 'Could not take the vault write lock.');
  }

  release(): void {
    fs.rmSync(this.file, { force: true });
  }
}
