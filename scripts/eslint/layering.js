// Layering rule in the spirit of VS Code's code-layering: a file's folder decides which modules it may import.
//   shared/            pure TypeScript: no node builtins, no electron, no DOM-only libraries, nothing from other layers
//   electron/node/, electron/cli/   Node core: node builtins allowed, never 'electron', never main/preload/renderer
//   electron/main/     the only place that may import 'electron'
//   electron/preload/  'electron' (contextBridge/ipcRenderer) and shared/ only
//   renderer/          browser code: no node builtins, no electron, only shared/ from other layers
import { builtinModules } from 'node:module';
import path from 'node:path';

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isBuiltin = (spec) => spec.startsWith('node:') || builtins.has(spec) || builtins.has(spec.split('/')[0]);
const isElectron = (spec) => spec === 'electron' || spec.startsWith('electron/');

function layerOf(file, root) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  if (rel.startsWith('shared/')) return 'shared';
  if (rel.startsWith('electron/node/') || rel.startsWith('electron/cli/')) return 'node';
  if (rel.startsWith('electron/main/')) return 'main';
  if (rel.startsWith('electron/preload/')) return 'preload';
  if (rel.startsWith('renderer/')) return 'renderer';
  return null;
}

// Inside the Node core, tiers by folder, lowest first. A file may import its own tier and the tiers below:
//   base (vault/, electron/node/*.ts) < store/ (owns the SQL) < domain (ingest, pii, ocr, analysis, custody,
//   evidence, report) < services/ < api/ (handlers, dispatcher) < core/ (the composition root).
// electron/cli and electron/main sit above the whole core.
const CORE_TIERS = ['base', 'store', 'domain', 'services', 'api', 'core'];
const DOMAIN = new Set(['ingest', 'pii', 'ocr', 'analysis', 'custody', 'evidence', 'report', 'records', 'search']);

function coreTierOf(file, root) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  if (!rel.startsWith('electron/node/')) return null;
  const parts = rel.slice('electron/node/'.length).split('/');
  if (parts.length === 1) return 'base';
  const dir = parts[0];
  if (dir === 'vault') return 'base';
  if (DOMAIN.has(dir)) return 'domain';
  if (CORE_TIERS.includes(dir)) return dir;
  return 'unknown';
}

// Which other layers (by folder) a layer may reach with a relative import.
const allowedLayers = {
  shared: ['shared'],
  node: ['shared', 'node'],
  main: ['shared', 'node', 'main'],
  preload: ['shared', 'preload'],
  renderer: ['shared', 'renderer'],
};

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Keep shared/, electron/node, electron/main, preload and renderer layers apart.' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: {
      builtin: "Layer '{{layer}}' may not import the Node built-in '{{spec}}'.",
      electron: "Layer '{{layer}}' may not import 'electron'; only electron/main (and preload) may.",
      layer: "Layer '{{layer}}' may not import from layer '{{target}}' ('{{spec}}').",
      tier: "Core tier '{{from}}' may not import from the higher tier '{{to}}' ('{{spec}}'); the order is {{order}}.",
      unknownTier: "'{{dir}}' is no known tier of electron/node: add it to CORE_TIERS or DOMAIN in scripts/eslint/layering.js.",
    },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const file = context.filename;
    const layer = layerOf(file, root);
    if (!layer) return {};
    const ownTier = coreTierOf(file, root);
    if (ownTier === 'unknown') {
      const dir = path.relative(root, file).split(path.sep).join('/').split('/')[2];
      return { Program: (node) => context.report({ node, messageId: 'unknownTier', data: { dir } }) };
    }
    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (isElectron(spec)) {
        if (layer !== 'main' && layer !== 'preload') context.report({ node, messageId: 'electron', data: { layer, spec } });
        return;
      }
      if (isBuiltin(spec)) {
        if (layer === 'shared' || layer === 'renderer' || layer === 'preload') {
          context.report({ node, messageId: 'builtin', data: { layer, spec } });
        }
        return;
      }
      if (spec.startsWith('.')) {
        const resolved = path.resolve(path.dirname(file), spec);
        const target = layerOf(resolved, root);
        if (target && !allowedLayers[layer].includes(target)) {
          context.report({ node, messageId: 'layer', data: { layer, target, spec } });
          return;
        }
        const from = coreTierOf(file, root);
        const to = coreTierOf(resolved, root);
        if (from && to && from !== 'unknown' && to !== 'unknown' && CORE_TIERS.indexOf(to) > CORE_TIERS.indexOf(from)) {
          context.report({ node, messageId: 'tier', data: { from, to, spec, order: CORE_TIERS.join(' < ') } });
        }
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node, node.arguments[0].value);
        }
      },
    };
  },
};
