// Sentences from the core as keys with parameters: a stored English sentence (old or new) is recognised by
// the template it was made from, nested findings too, and shown in Hindi with Indian digit grouping; text
// that no template made (an examiner's words) is left as it is.
import { describe, expect, it } from 'vitest';
import { coreEn } from '../../../shared/i18n/core-en';
import { coreSentence, coreText, recogniseCoreText, renderCoreText, type CoreKey } from '../../../shared/i18n/core-text';

/** Parameters that are counts or positions in the templates (the rest are names and nested sentences). */
const COUNTS = ['offset', 'bytes', 'line', 'limit', 'count', 'fields', 'header', 'dropped', 'pages', 'page', 'total', 'mib', 'ratio', 'method', 'more', 'seq', 'seq2', 'next', 'prev', 'index', 'size', 'from', 'to', 'pid', 'width', 'height'];

describe('core sentences', () => {
  it('recognises a stored-only reason with its figures and shows it in Hindi with Indian grouping', () => {
    const text = 'binary content, not a supported format (NUL byte at offset 239); 123456 bytes acquired as is';
    expect(recogniseCoreText(text)).toEqual({ key: 'binaryAt', params: { offset: 239, bytes: 123456 } });
    expect(coreSentence(text, 'hi')).toBe('बाइनरी सामग्री, समर्थित प्रारूप नहीं (बाइट ऑफ़सेट 239 पर NUL बाइट); 1,23,456 बाइट जैसे थे वैसे ही प्राप्त किए गए');
    expect(coreSentence(text, 'en')).toBe(text);
  });

  it('reads a parser finding inside a reason inside a position, as stored by older builds', () => {
    const text = 'Invalid JSON: input ends inside a string (truncated JSON) at byte offset 53 (line 1); records before it were kept. (line 1)';
    expect(recogniseCoreText(text)).toEqual({
      key: 'atLine',
      params: {
        line: 1,
        detail: {
          key: 'jsonInvalid',
          params: { detail: { key: 'jsonAt', params: { offset: 53, line: 1, detail: { key: 'jsonEndsInString', params: {} } } } },
        },
      },
    });
    expect(coreSentence(text, 'hi')).toBe('अमान्य JSON: बाइट ऑफ़सेट 53 (पंक्ति 1) पर इनपुट एक स्ट्रिंग के बीच में समाप्त होता है (अधूरा JSON); उससे पहले के रिकॉर्ड रखे गए। (पंक्ति 1)');
  });

  it('keeps a parameter it cannot read as text ("?" for an unknown line, a nested sentence it does not know)', () => {
    expect(recogniseCoreText('line ?: expected , or ) in a row')).toEqual({ key: 'lineProblem', params: { line: '?', detail: 'expected , or ) in a row' } });
    expect(coreSentence('line 12: record has 5 fields, the header has 4', 'hi')).toBe('पंक्ति 12: रिकॉर्ड में 5 फ़ील्ड हैं, हेडर में 4');
  });

  it('leaves text no template made unchanged', () => {
    expect(recogniseCoreText('Sample received from the complainant on a pen drive')).toBeNull();
    expect(coreSentence('Sample received from the complainant on a pen drive', 'hi')).toBe('Sample received from the complainant on a pen drive');
    // A key this build does not know (a newer core) is not shown as a blank.
    expect(renderCoreText({ key: 'fromTheFuture', params: {} }, 'hi')).toBeNull();
    expect(renderCoreText({ key: 'binaryAt', params: { offset: 1 } }, 'hi')).toBeNull();
  });

  it('reads a custody verification failure as the verifier words it, and says it in Hindi', () => {
    // As custody-view.ts describeProblem wraps what shared/custody/verify.ts finds.
    const text = 'Entry 7: entry 7 was altered: the log no longer matches signed checkpoint #2 (size 8)';
    expect(coreSentence(text, 'hi')).toBe('प्रविष्टि 7: प्रविष्टि 7 बदली गई है: लॉग अब हस्ताक्षरित चेकपॉइंट #2 (आकार 8) से मेल नहीं खाता');
    const file = 'Evidence e12ab34cd56 (blobs/ab/abcdef.blob): evidence e12ab34cd56 (blobs/ab/abcdef.blob) no longer matches its acquisition hashes';
    expect(coreSentence(file, 'hi')).toBe('साक्ष्य e12ab34cd56 (blobs/ab/abcdef.blob): साक्ष्य e12ab34cd56 (blobs/ab/abcdef.blob) अब अपने प्राप्ति-हैश से मेल नहीं खाता');
  });

  it('builds the English text from the template and refuses a missing parameter', () => {
    expect(coreText('emptyFile')).toBe('empty file (0 bytes)');
    expect(coreText('fieldCount', { fields: 5, header: 4 })).toBe('record has 5 fields, the header has 4');
    expect(() => coreText('fieldCount', { fields: 5 })).toThrow(/header/);
  });

  it('reads every template back to its own key and parameters (no two templates can be confused)', () => {
    for (const key of Object.keys(coreEn) as CoreKey[]) {
      const names = [...(coreEn[key] as string).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
      const values = Object.fromEntries(names.map((n, i) => [n, COUNTS.includes(n) ? 7000 + i : `file_${i}.csv`]));
      expect(recogniseCoreText(coreText(key, values)), key).toEqual({ key, params: values });
    }
  });
});

describe('errors over the wire', () => {
  it('carry the key and parameters of a message a core template made, and only the message otherwise', async () => {
    const { SakshyaError, toWireError } = await import('../../../shared/api/errors');
    const wire = toWireError(new SakshyaError('INVALID_INPUT', coreText('errReportsFolder', { dir: '/home/anjali/reports' })));
    expect(wire).toEqual({
      code: 'INVALID_INPUT',
      message: 'The chosen reports folder /home/anjali/reports is not a folder; reports are still written to the previous one.',
      text: { key: 'errReportsFolder', params: { dir: '/home/anjali/reports' } },
    });
    expect(renderCoreText(wire.text!, 'hi')).toBe('चुना गया रिपोर्ट फ़ोल्डर /home/anjali/reports फ़ोल्डर नहीं है; रिपोर्टें अब भी पिछले फ़ोल्डर में लिखी जाती हैं।');
    expect(toWireError(new SakshyaError('NOT_FOUND', 'No job j1.'))).toEqual({ code: 'NOT_FOUND', message: 'No job j1.' });
    // A bug's text never crosses, keyed or not.
    expect(toWireError(new Error(coreText('errNoReport')))).toEqual({ code: 'INTERNAL', message: 'An internal error occurred. Nothing was changed by the failed step.' });
  });
});
