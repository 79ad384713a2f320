// The app carries its own fonts (issue #16, problem 2): Hindi names and places in the records grid and
// emoji in Telegram text render as real glyphs on a machine with no Devanagari or emoji font (Debian's
// Chromium here has neither), and the grid's header text meets WCAG AA contrast.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCase } from './support/app-fixtures';
import { hasChromium, needsChromium } from './support/paths';
import { e2eSuite } from './support/suite';

// Places in Devanagari (not personal data, so shown as they are) and a remark with emoji.
const suite = e2eSuite({
  name: 'fonts',
  prepare: (dir) => {
    const places = ['पुणे', 'नागपुर', 'इंदौर', 'भोपाल', 'लखनऊ', 'पटना'];
    const lines = ['ref,district,remark'];
    for (let i = 0; i < 40; i++) lines.push(`R-${i},${places[i % places.length]},भेजा गया 📞✅ ${i}`);
    fs.writeFileSync(path.join(dir, 'hindi_names.csv'), lines.join('\n') + '\n');
  },
});
const csv = () => path.join(suite.dir, 'hindi_names.csv');

interface Glyphs {
  font: string;
  ka: string;
  kha: string;
  missing: string;
  phone: string;
  check: string;
  checkLoaded: boolean;
}

describe.skipIf(!hasChromium)(needsChromium('bundled fonts'), () => {
  it('draws Devanagari and emoji in the grid with real glyphs from the bundled fonts, not empty boxes', async () => {
    const app = suite.track(
      await openCase({
      browser: suite.browser,
      viewport: { width: 1366, height: 768 },
      prepare: async (host, caseId, { waitJob }) => waitJob((await host('evidence.import', { caseId, paths: [csv()] })).jobId),
      }),
    );
    const { page } = app;
    const panel = page.getByRole('tabpanel', { name: 'Evidence' });
    await panel.getByRole('button', { name: 'hindi_names.csv', exact: true }).click();
    const grid = panel.getByRole('grid');
    const cell = grid.locator('[data-row="0"] [role="gridcell"]').nth(1);
    await cell.locator('.cell-text').waitFor();
    expect(await cell.textContent()).toBe('पुणे');

    // Draw single characters in the grid cell's own font on a canvas and compare the pixels: two
    // different letters drawn as the same box (or as nothing) mean the font has no such glyphs.
    const g = await cell.evaluate(async (el): Promise<Glyphs> => {
      await document.fonts.ready;
      const st = getComputedStyle(el);
      // The cell's own family, drawn large enough that a glyph and a box differ in many pixels.
      const font = `32px ${st.fontFamily}`;
      await document.fonts.load(font, 'कख📞✅');
      const draw = (s: string): string => {
        const c = document.createElement('canvas');
        c.width = 64;
        c.height = 48;
        const ctx = c.getContext('2d')!;
        ctx.font = font;
        ctx.fillStyle = '#000';
        ctx.fillText(s, 8, 38);
        const a = ctx.getImageData(0, 0, 64, 48).data;
        let bits = '';
        for (let i = 3; i < a.length; i += 4) bits += a[i]! > 127 ? '1' : '0';
        return bits;
      };
      return { font, ka: draw('क'), kha: draw('ख'), missing: draw('\u0378'), phone: draw('📞'), check: draw('✅'), checkLoaded: document.fonts.check(font, 'क') };
    });
    expect(g.font).toContain('Sakshya Mono');
    expect(g.checkLoaded).toBe(true);
    const inked = (bits: string) => bits.split('').filter((b) => b === '1').length;
    expect(inked(g.ka)).toBeGreaterThan(40);
    expect(g.ka).not.toBe(g.kha);
    expect(g.ka).not.toBe(g.missing);
    expect(inked(g.phone)).toBeGreaterThan(40);
    expect(g.phone).not.toBe(g.check);
    expect(g.phone).not.toBe(g.missing);
    await app.screenshot('records-hindi-fonts');
  });

  it('gives every text in the grid header at least 11 px and WCAG AA contrast (4.5:1)', async () => {
    const app = suite.track(
      await openCase({
      browser: suite.browser,
      prepare: async (host, caseId, { waitJob }) => waitJob((await host('evidence.import', { caseId, paths: [csv()] })).jobId),
      }),
    );
    const { page } = app;
    const panel = page.getByRole('tabpanel', { name: 'Evidence' });
    await panel.getByRole('button', { name: 'hindi_names.csv', exact: true }).click();
    const grid = panel.getByRole('grid');
    await grid.locator('[data-row="0"] .cell-text').first().waitFor();
    const worst = await grid.locator('[role="columnheader"]').first().evaluate((first) => {
      const head = first.parentElement!;
      const rgb = (s: string): number[] => (s.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]): number => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
      };
      const background = (el: Element | null): number[] => {
        for (; el; el = el.parentElement) {
          const c = rgb(getComputedStyle(el).backgroundColor);
          if (c.length >= 3 && (c.length < 4 || c[3]! > 0)) return c;
        }
        return [255, 255, 255];
      };
      const out: { text: string; ratio: number; px: number }[] = [];
      const walker = document.createTreeWalker(head, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (!n.textContent?.trim()) continue;
        const st = getComputedStyle(el);
        const [a, b] = [lum(rgb(st.color)), lum(background(el))];
        out.push({ text: n.textContent.trim(), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), px: parseFloat(st.fontSize) });
      }
      return out;
    });
    expect(worst.length).toBeGreaterThan(2);
    for (const w of worst) {
      expect(w.ratio, w.text).toBeGreaterThanOrEqual(4.5);
      expect(w.px, w.text).toBeGreaterThanOrEqual(11);
    }
  });
});
