// English strings of the Reports tab's choice of what a report covers: evidence items and bookmarked
// records (records of interest). Kept in their own file and joined into en.ts.
export const reportItemsEn = {
  reportItems: {
    title: 'What the report covers',
    hint: 'Saved in this case and used by every report until you change it. The custody log records the item IDs and counts, never a record value.',
    items: 'Evidence items',
    itemsHint: 'By default every parsed item is covered. Analysis, verdicts, personal-data figures and the hash certificate cover only the items ticked.',
    allParsed: 'Every parsed item',
    allParsedNote: 'Every parsed item is covered, including items imported later.',
    chosenNote_one: '{{count}} of {{total}} items chosen.',
    chosenNote_other: '{{count}} of {{total}} items chosen.',
    status: {
      parsed: 'parsed',
      malformed: 'parsed with errors',
      unparsed: 'not parsed',
      duplicate: 'duplicate',
      failed: 'failed',
      cancelled: 'cancelled',
    },
    records: 'Records of interest',
    recordsHint: 'Tagged or noted records to print, redacted, in an annex. Only records of covered items can be chosen.',
    noRecords: 'No tagged or noted records in the covered items. Tag or note records in the Evidence tab to choose them here.',
    where: '{{item}} · {{table}} · record {{row}}',
    whereNoTable: '{{item}} · record {{row}}',
    notes_one: '{{count}} note',
    notes_other: '{{count}} notes',
    save: 'Save choice',
    saved: 'Saved and logged: {{items}} of {{total}} items; records of interest: {{records}}.',
    unchanged: 'Nothing changed.',
    noneChosen: 'Choose at least one item.',
  },
} as const;
