// The claim form: what the examiner types becomes the claim the core records, and a form that cannot be
// saved says which field is wrong instead of recording a half-read claim.
import { describe, expect, it } from 'vitest';
import { claimToForm, formToClaim, type ClaimForm } from '../../renderer/src/features/claims/claim-form';

const blank: ClaimForm = { source: '', recordCount: '', fields: '', groupLabel: '', minAge: '', maxAge: '' };

describe('claim form', () => {
  it('reads counts in Indian or Western grouping and in Devanagari digits', () => {
    expect(formToClaim({ ...blank, recordCount: '15,00,00,000' })).toEqual({ claim: { recordCount: 150_000_000 } });
    expect(formToClaim({ ...blank, recordCount: '150,000,000' })).toEqual({ claim: { recordCount: 150_000_000 } });
    expect(formToClaim({ ...blank, recordCount: '१५,००,००,०००' })).toEqual({ claim: { recordCount: 150_000_000 } });
    expect(formToClaim({ ...blank, recordCount: ' 4 00 000 ' })).toEqual({ claim: { recordCount: 400_000 } });
  });

  it('refuses a count that is not a whole number', () => {
    for (const bad of ['15 crore', '1.5e8', '-200', '12.5', '99999999999999999999']) expect(formToClaim({ ...blank, recordCount: bad }), bad).toEqual({ error: 'recordCount' });
  });

  it('splits the claimed fields and trims every part', () => {
    expect(formToClaim({ ...blank, source: '  CoWIN  ', fields: 'name, aadhaar ,passport;dob\nphone,, ' })).toEqual({
      claim: { source: 'CoWIN', fields: ['name', 'aadhaar', 'passport', 'dob', 'phone'] },
    });
  });

  it('needs a population label and both ages in order, 0 to 120', () => {
    expect(formToClaim({ ...blank, groupLabel: '18 and over', minAge: '18', maxAge: '120' })).toEqual({ claim: { group: { label: '18 and over', minAge: 18, maxAge: 120 } } });
    expect(formToClaim({ ...blank, minAge: '18', maxAge: '44' })).toEqual({ error: 'groupLabel' });
    expect(formToClaim({ ...blank, groupLabel: '18-44', minAge: '18' })).toEqual({ error: 'groupLabel' });
    expect(formToClaim({ ...blank, groupLabel: '18-44', minAge: '44', maxAge: '18' })).toEqual({ error: 'ages' });
    expect(formToClaim({ ...blank, groupLabel: 'old', minAge: '60', maxAge: '130' })).toEqual({ error: 'ages' });
  });

  it('records an all-blank form as an empty claim (the core reads that as no claim)', () => {
    expect(formToClaim(blank)).toEqual({ claim: {} });
  });

  it('fills the form from a recorded claim so saving it unchanged records the same claim', () => {
    const claim = { source: 'CoWIN', recordCount: 150_000_000, fields: ['name', 'aadhaar'], group: { label: '18 and over', minAge: 18, maxAge: 120 } };
    expect(claimToForm(claim)).toEqual({ source: 'CoWIN', recordCount: '150000000', fields: 'name, aadhaar', groupLabel: '18 and over', minAge: '18', maxAge: '120' });
    expect(formToClaim(claimToForm(claim))).toEqual({ claim });
    expect(claimToForm(undefined)).toEqual(blank);
  });
});
