// Sentences from the core as keys with parameters: a stored English sentence (old or new) is recognised by
// the template it was made from, nested findings too, and shown in Hindi with Indian digit grouping; text
// that no template made (an examiner's words) is left as it is.
import { describe, expect, it } from 'vitest';
import { coreEn } from '../../../shared/i18n/core-en';
import { coreSentence, coreText, recogniseCoreText, renderCoreText, type CoreKey } from '../../../shared/i18n/core-text';

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

  it('builds the English text from the template and refuses a missing parameter', () => {
    expect(coreText('emptyFile')).toBe('empty file (0 bytes)');
    expect(coreText('fieldCount', { fields: 5, header: 4 })).toBe('record has 5 fields, the header has 4');
    expect(() => coreText('fieldCount', { fields: 5 })).toThrow(/header/);
  });

  it('reads every template back to its own key and parameters (no two templates can be confused)', () => {
    for (const key of Object.keys(coreEn) as CoreKey[]) {
      const names = [...(coreEn[key] as string).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
      const values = Object.fromEntries(names.map((n, i) => [n, ['offset', 'bytes', 'line', 'limit', 'count', 'fields', 'header', 'dropped', 'pages', 'page', 'total', 'mib', 'ratio', 'method', 'more'].includes(n) ? 7000 + i : `file_${i}.csv`]));
      expect(recogniseCoreText(coreText(key, values)), key).toEqual({ key, params: values });
    }
  });
});
