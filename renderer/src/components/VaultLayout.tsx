// The frame around the create and unlock forms: a quiet brand panel with what the vault guarantees,
// the form card, and the language switch (the examiner may need Hindi before the vault exists).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from './BrandMark';
import { LanguageSwitch } from './LanguageSwitch';

export function VaultLayout({ title, intro, vaultPath, children }: { title: string; intro: ReactNode; vaultPath: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="vault-screen">
      <aside className="vault-aside">
        <div className="vault-brand">
          <BrandMark size={40} />
          <div>
            <div className="vault-brand-name">
              Sakshya <span lang="hi">साक्ष्य</span>
            </div>
            <div className="vault-brand-tagline">{t('app.tagline')}</div>
          </div>
        </div>
        <ul className="vault-facts">
          <li>{t('vault.facts.encrypted')}</li>
          <li>{t('vault.facts.offline')}</li>
          <li>{t('vault.facts.custody')}</li>
        </ul>
        <div className="vault-aside-foot">{t('app.offline')}</div>
      </aside>
      <main className="vault-main">
        <div className="vault-toolbar">
          <LanguageSwitch />
        </div>
        <section className="vault-card" aria-labelledby="vault-title">
          <h1 id="vault-title">{title}</h1>
          <p className="vault-intro">{intro}</p>
          {children}
          <p className="vault-path">
            <span>{t('vault.folder')}:</span> <code>{vaultPath}</code>
          </p>
        </section>
      </main>
    </div>
  );
}
