import { describe, expect, it } from 'vitest';
import { ocrFindings, redactionBoxes } from '../../../electron/node/ocr';
import { spanBoxes } from '../../../electron/node/ocr/word-boxes';
import { syntheticAadhaar } from '../../fixtures/ocr/bot-replies';
import { fakeResult } from './support/result';

const aadhaar = syntheticAadhaar('67056446790');

describe('ocrFindings', () => {
  it('finds validated identifiers with the detector and label values by their label', () => {
    const r = fakeResult([`Aadhaar: ${aadhaar}`, 'Name: Ramesh Kumar', 'नाम: सुनीता देवी', 'Status: Fully vaccinated', 'Mobile 9876543210']);
    const f = ocrFindings(r);
    expect(f).toContainEqual({ line: 0, type: 'IN_AADHAAR', start: 9, end: 23, source: 'detector' });
    expect(f).toContainEqual({ line: 1, type: 'PERSON', start: 6, end: 18, source: 'label' });
    expect(f).toContainEqual({ line: 2, type: 'PERSON', start: 5, end: 16, source: 'label' });
    expect(f.some((x) => x.line === 3)).toBe(false);
    expect(f.some((x) => x.line === 4 && x.type === 'IN_PHONE')).toBe(true);
  });

  it('still covers an Aadhaar whose checksum an OCR misread broke, because of its label', () => {
    const broken = aadhaar.slice(0, -1) + String((Number(aadhaar.slice(-1)) + 1) % 10);
    const f = ocrFindings(fakeResult([`आधार: ${broken}`]));
    expect(f).toContainEqual({ line: 0, type: 'IN_AADHAAR', start: 6, end: 6 + broken.length, source: 'label' });
    // The detector reports it too now (a labelled identifier is a finding whatever its check digit).
    expect(f.every((x) => x.type === 'IN_AADHAAR' && x.start === 6 && x.end === 6 + broken.length)).toBe(true);
  });
});

describe('spanBoxes', () => {
  it('covers whole words inside the span and leaves the label word alone', () => {
    const r = fakeResult([`Aadhaar: ${aadhaar}`]);
    const line = r.lines[0]!;
    const boxes = redactionBoxes(r, ocrFindings(r));
    expect(boxes).toContainEqual(line.words[1]!.bbox);
    expect(boxes).toContainEqual(line.words[3]!.bbox);
    expect(boxes.some((b) => b.x0 < line.words[0]!.bbox.x1)).toBe(false);
  });

  it('covers only the value part of a word that glues label and value together', () => {
    const r = fakeResult(['Mobile:9876543210']);
    const word = r.lines[0]!.words[0]!; // 17 characters, 170 px
    const [box] = spanBoxes(r.lines[0]!, 7, 17);
    expect(box).toEqual({ x0: word.bbox.x0 + 60, x1: word.bbox.x1, y0: word.bbox.y0, y1: word.bbox.y1 });
  });
});
