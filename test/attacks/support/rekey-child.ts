// Child process for the rekey crash test: unlocks the vault and re-keys it, SIGKILLing itself when the rekey
// reaches step number KILL_AT (0-based count of onStep calls). No timers: the kill lands exactly at a step.
import { Vault } from '../../../electron/node/vault/vault';
import { SecretBuffer } from '../../../electron/node/vault/secret';

const [dir, pass, killAt] = process.argv.slice(2) as [string, string, string];
const v = await Vault.unlock(dir, SecretBuffer.fromString(pass));
let n = 0;
await v.rekey(SecretBuffer.fromString(pass), {
  onStep: (s) => {
    process.stdout.write(`step ${n} ${s.step}\n`);
    if (n++ === Number(killAt)) process.kill(process.pid, 'SIGKILL');
  },
});
process.stdout.write(`finished after ${n} steps\n`);
v.lock();
