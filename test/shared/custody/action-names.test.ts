import { describe, expect, it } from 'vitest';
import { CUSTODY_ACTIONS } from '../../../shared/custody/entry';
import { catalogues } from '../../../shared/i18n';

// Custody actions are one union type (CUSTODY_ACTIONS); the core can no longer record an action outside it.
// Every action in it must read as words on the Custody screen, in both languages.
describe('custody action names', () => {
  it.each(['en', 'hi'] as const)('has a %s badge label for every action the core records', (lang) => {
    const labels = catalogues[lang].custody.action as Record<string, string>;
    const missing = CUSTODY_ACTIONS.filter((a) => !labels[a.replace(/\./g, '_')]);
    expect(missing).toEqual([]);
  });

  it('lists the actions the vault session records beyond the original set', () => {
    for (const a of ['vault.passphrase_changed', 'vault.rekeyed', 'vault.orphans_quarantined', 'examiner.trusted', 'evidence.searched', 'claim.recorded']) {
      expect(CUSTODY_ACTIONS).toContain(a);
    }
  });
});
