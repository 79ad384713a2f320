// Child process for the crash test: unlocks the vault and saves a new case over and over, printing
// "committed N" only after save() has returned (i.e. after the atomic rename and directory fsync).
import { Vault } from '../../../../electron/node/vault/vault';
import { SecretBuffer } from '../../../../electron/node/vault/secret';

const [dir, pass] = process.argv.slice(2) as [string, string];
const v = await Vault.unlock(dir, SecretBuffer.fromString(pass));
const start = Number(v.db.exec('SELECT COUNT(*) FROM cases')[0]?.values[0]?.[0] ?? 0);
for (let i = start; ; i++) {
  // Grow the database so saves take long enough to be interrupted mid-write.
  v.transaction((db) => db.run('INSERT INTO cases VALUES (?, ?, ?, ?)', [`c${i}`, 'x'.repeat(20000), '', new Date().toISOString()]));
  process.stdout.write(`committed ${i + 1}\n`);
  // 'ready' (which starts the kill timer) only after one save of this run: on a loaded machine a save (now
  // the database plus its rollback anchor, each fsynced) can take longer than the whole kill window.
  if (i === start) process.stdout.write('ready\n');
}
