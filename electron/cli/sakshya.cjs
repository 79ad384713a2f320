#!/usr/bin/env node
// npm "bin" entry: runs the bundled command-line tool (built by `npm ci` through the prepare script).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', '..', 'dist', 'cli.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('sakshya: the command-line tool is not built yet. Run `npm run build` in the project folder.\n');
  process.exit(1);
}
require(bundle);
