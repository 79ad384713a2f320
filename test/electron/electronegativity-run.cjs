// Runs Electronegativity programmatically: writes its SARIF report and, beside it, the severity and
// confidence of each finding in the same order (its SARIF has only note/warning levels, no severity).
// Usage: node electronegativity-run.cjs <input dir> <out.sarif> <electron version>
'use strict';
const fs = require('node:fs');
const electronegativity = require('@doyensec/electronegativity');
const run = electronegativity.default ?? electronegativity;

const [input, output, electronVersion] = process.argv.slice(2);
run({
  input,
  output,
  isSarif: true,
  isRelative: true,
  electronVersionOverride: electronVersion,
  // Downloads Electron's release list from the internet; the project's tests stay offline.
  excludeFromScan: ['availablesecurityfixesglobalcheck'],
})
  .then((result) => {
    const findings = result.issues.map((i) => ({ id: i.id, severity: i.severity.name, confidence: i.confidence.name }));
    fs.writeFileSync(`${output}.severity.json`, JSON.stringify(findings));
  })
  .catch((e) => {
    process.stderr.write(`electronegativity failed: ${e && e.message}\n`);
    process.exit(1);
  });
