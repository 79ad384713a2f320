import { describe, it, expect } from 'vitest';
import { renderReportHtml, type ReportFonts, type ReportModel } from '../../../shared/report';
import { HOSTILE, sampleModel } from './sample-model';

const FONTS: ReportFonts = { latinRegular: 'AAAA', latinBold: 'AAAA', devanagariRegular: 'AAAA', devanagariBold: 'AAAA' };
const PNG_B64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';
const bodyOf = (html: string): string => html.slice(html.indexOf('</head>'));

function withImage(lang: 'en' | 'hi' = 'en'): ReportModel {
  const m = sampleModel('regulator', lang);
  const e = m.evidence[2]!; // the item with a hostile name
  return {
    ...m,
    images: [{ evidenceId: e.id, name: e.name, sha256: e.sha256, width: 1280, height: 720, confidence: 92.6, covered: 15, file: `redacted-${e.id}.png`, pngSha256: 'ab'.repeat(32) }],
  };
}

describe('report images', () => {
  it('embeds the redacted copy as the only data: image, under its item, with a caption tying it to the item hash', () => {
    const m = withImage();
    const body = bodyOf(renderReportHtml(m, FONTS, { [m.images[0]!.file]: PNG_B64 }));
    const srcs = [...body.matchAll(/<img [^>]*src="([^"]*)"/g)].map((x) => x[1]);
    expect(srcs).toEqual([`data:image/png;base64,${PNG_B64}`]);
    expect(body).toContain('OCR confidence 93% · 15 identifiers covered');
    expect(body).toContain(m.images[0]!.sha256);
    expect(body).toContain(`File in the report bundle: ${m.images[0]!.file}`);
    expect(body).toContain('Redacted copy of &lt;script&gt;alert(1)&lt;/script&gt;.csv');
    expect(body).not.toContain(HOSTILE[0]);
    // Under its own item: after that item's MD5 row, before the next section.
    expect(body.indexOf('<figure class="shot">')).toBeGreaterThan(body.indexOf(m.evidence[2]!.md5));
  });

  it('prints only the caption when the picture is missing or is not base64', () => {
    const m = withImage();
    for (const pngs of [undefined, { [m.images[0]!.file]: '"><script>alert(1)</script>' }]) {
      const body = bodyOf(renderReportHtml(m, FONTS, pngs));
      expect(body).not.toMatch(/<img/i);
      expect(body).not.toContain('<script>');
      expect(body).toContain(`File in the report bundle: ${m.images[0]!.file}`);
    }
  });

  it('captions in Hindi', () => {
    const m = withImage('hi');
    const body = bodyOf(renderReportHtml(m, FONTS, { [m.images[0]!.file]: PNG_B64 }));
    expect(body).toContain('की छिपाई गई प्रति');
    expect(body).toContain('OCR विश्वसनीयता 93%');
    expect(body).toContain('रिपोर्ट बंडल में फ़ाइल');
  });

  it('puts every page image of a scanned PDF under its item, captioned with the page and the original PDF hash, and says what the limit left out', () => {
    const m = sampleModel('regulator', 'en');
    const e = m.evidence[0]!;
    const page = (n: number, image = 0) => ({ evidenceId: e.id, name: e.name, sha256: e.sha256, page: n, image, width: 1240, height: 1754, confidence: 88.4, covered: 3, file: `redacted-${e.id}-page${n}${image ? `-image${image + 1}` : ''}.png`, pngSha256: 'cd'.repeat(32) });
    const model: ReportModel = { ...m, images: [page(1), page(2), page(2, 1)], pageImagesLeftOut: { limit: 3, items: [{ evidenceId: e.id, overLimit: 7, unreadable: 1, fromPage: 3 }] } };
    const body = bodyOf(renderReportHtml(model, FONTS, Object.fromEntries(model.images.map((i) => [i.file, PNG_B64]))));
    expect([...body.matchAll(/<img [^>]*src="data:image\/png/g)]).toHaveLength(3);
    expect(body).toContain(`<b>Redacted copy of ${e.name}, page 1</b> · OCR confidence 88% · 3 identifiers covered`);
    expect(body).toContain(`Redacted copy of ${e.name}, page 2, image 2`);
    expect(body).toContain(`SHA-256 of the original PDF</span> <span class="hash">${e.sha256}`);
    expect(body).toContain('Scanned PDF pages appear here only as redacted copies');
    expect(body).toContain('Scanned page images of this PDF not embedded: 7, from page 3 on. A report carries at most 3 page images');
    expect(body).toContain('could not be drawn again from the original, and are not shown: 1.');
    expect(body).toContain('Scanned page images not embedded in this report: 7 (at most 3 per report)');
    // Screenshots' note only when there is a screenshot.
    expect(body).not.toContain('Screenshots appear here only as redacted copies');
    expect(body.indexOf(`${e.name}, page 1`)).toBeGreaterThan(body.indexOf(e.md5));
    expect(body.indexOf(`${e.name}, page 1`)).toBeLessThan(body.indexOf(m.evidence[1]!.md5));

    const hi = bodyOf(renderReportHtml({ ...model, lang: 'hi' }, FONTS));
    expect(hi).toContain(`${e.name}, पृष्ठ 2, चित्र 2 की छिपाई गई प्रति`);
    expect(hi).toContain('मूल PDF का SHA-256');
    expect(hi).toContain('इस PDF के पृष्ठ 3 और उसके बाद के 7 स्कैन किए गए पृष्ठ-चित्र शामिल नहीं किए गए');
  });

  it('renders a model from before images were added (no list) as before', () => {
    const m = sampleModel();
    const old = { ...m } as Partial<ReportModel>;
    delete old.images;
    expect(renderReportHtml(old as ReportModel, FONTS)).toBe(renderReportHtml(m, FONTS));
  });
});
