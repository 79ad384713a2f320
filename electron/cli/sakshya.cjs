#!/usr/bin/env node
// npm "bin" entry: runs the bundled command-line tool (built by `npm ci` through the prepare script).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { pathToFileURL } = require('node:url');

const bundle = path.join(__dirname, '..', '..', 'dist', 'cli.mjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('sakshya: the command-line tool is not built yet. Run `npm run build` in the project folder.\n');
  process.exit(1);
}
import(pathToFileURL(bundle).href).catch((e) => {
  process.stderr.write(`sakshya: cannot start (${e && e.message}).\n`);
  process.exit(1);
});
