// Loads sql.js (SQLite compiled to WebAssembly) once per process, from the package's own wasm file.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | null = null;

export function loadSqlJs(): Promise<SqlJsStatic> {
  if (!loading) {
    const require = createRequire(import.meta.url);
    const wasm = fs.readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'));
    loading = initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
  }
  return loading;
}
