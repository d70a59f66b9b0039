// Reads the imports of the files under src/ (static, re-exports, dynamic and
// type imports, in .ts, .tsx and .astro) and checks them against the rules
// that keep the layers apart: pure lib, schemas outside Astro, data only via pages.
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import ts from 'typescript';

export interface SourceFile {
  /** Relative to the project root, with forward slashes: "src/lib/locale/format.ts". */
  path: string;
  text: string;
}

export interface ImportRef {
  /** As written: "../data/catalog-source", "node:fs"; "(not a string)" for import(variable). */
  specifier: string;
  /** A src/ file's path without extension ("src/data/catalog-source"), or the package specifier. */
  target: string;
  line: number;
}

export interface Violation {
  rule: string;
  file: string;
  line: number;
  specifier: string;
}

export interface ImportRule {
  /** What the rule keeps true, in words; the failure message starts with it. */
  name: string;
  /** Path prefixes ("src/lib/") of the files the rule is about. */
  scope: string[];
  /** Whether one import (already resolved) in the file breaks the rule. */
  breaks: (ref: ImportRef, file: string) => boolean;
}

const NOT_A_STRING = '(not a string)';
const SCRIPT_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|astro)$/;

export const isScriptFile = (path: string) => SCRIPT_FILE.test(path) && !path.endsWith('.d.ts');

/**
 * The code of an .astro file as TypeScript: the frontmatter and every <script>
 * body, with everything else blanked to spaces so line numbers stay the same.
 */
export function astroCode(text: string): string {
  const keep: [number, number][] = [];
  const frontmatter = /^(\s*---[^\n]*\n)([\s\S]*?)\n---/.exec(text);
  if (frontmatter) keep.push([frontmatter[1].length, frontmatter[0].length - 4]);
  // Not a self-closing <script ... /> (JSON-LD from set:html), which has no body.
  for (const m of text.matchAll(/<script\b(?:[^>]*[^/>])?>([\s\S]*?)<\/script\s*>/gi)) {
    const start = m.index + m[0].indexOf('>') + 1;
    keep.push([start, start + m[1].length]);
  }
  const inCode = (i: number) => keep.some(([from, to]) => i >= from && i < to);
  return Array.from(text, (ch, i) => (ch === '\n' || inCode(i) ? ch : ' ')).join('');
}

/** Every module the file names: import/export ... from, import '...', import(), import x = require(), typeof import('...'). */
export function importsOf(file: SourceFile): ImportRef[] {
  const code = file.path.endsWith('.astro') ? astroCode(file.text) : file.text;
  const kind = /\.[jt]sx$/.test(file.path) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file.path, code, ts.ScriptTarget.Latest, true, kind);
  const refs: ImportRef[] = [];
  const add = (node: ts.Node, specifier: ts.Node | undefined) => {
    const text = specifier && ts.isStringLiteralLike(specifier) ? specifier.text : NOT_A_STRING;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    refs.push({ specifier: text, target: resolveTarget(file.path, text), line });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || (ts.isExportDeclaration(node) && node.moduleSpecifier)) add(node, node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node, node.moduleReference.expression);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, node.arguments[0]);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}

/** "../data/x" from src/components/A.astro -> "src/data/x"; "/src/x" (Vite's root) -> "src/x"; a package stays itself. */
export function resolveTarget(from: string, specifier: string): string {
  const bare = specifier.replace(/[?#].*$/, '');
  if (bare.startsWith('.')) return stripExtension(posix.normalize(posix.join(posix.dirname(from), bare)));
  if (bare.startsWith('/')) return stripExtension(posix.normalize(bare.slice(1)));
  return bare;
}

const stripExtension = (path: string) => path.replace(/\.(ts|tsx|mts|js|jsx|mjs|astro)$/, '').replace(/\/index$/, '');

export function findViolations(files: SourceFile[], rules: ImportRule[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files.filter((f) => isScriptFile(f.path))) {
    const rulesHere = rules.filter((r) => inScope(r, file.path));
    if (!rulesHere.length) continue;
    for (const ref of importsOf(file))
      for (const rule of rulesHere)
        if (rule.breaks(ref, file.path)) violations.push({ rule: rule.name, file: file.path, line: ref.line, specifier: ref.specifier });
  }
  return violations;
}

export const inScope = (rule: ImportRule, path: string) => rule.scope.some((prefix) => path.startsWith(prefix));

/** One line per broken import, for a person to find and fix: "src/lib/x.ts:3 imports 'node:fs' (rule)". */
export const describeViolation = (v: Violation) => `${v.file}:${v.line} importerar '${v.specifier}' (${v.rule})`;

// What an import can be.
const NODE_BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (t: string) => t.startsWith('node:') || NODE_BUILTINS.has(t.split('/')[0]);
const isPackage = (t: string, ...names: string[]) => names.some((n) => t === n || t.startsWith(`${n}/`));
const isAstro = (t: string) => t.startsWith('astro:') || isPackage(t, 'astro') || t.startsWith('@astrojs/');
const isReact = (t: string) => isPackage(t, 'react', 'react-dom');
const under = (t: string, ...folders: string[]) => folders.some((f) => t === f || t.startsWith(`${f}/`));
const notAString = (t: string) => t === NOT_A_STRING;

/**
 * Imports in src/lib allowed by name although they break "no node:*", each with
 * the reason it cannot reasonably go. Keep it short: every entry is a cost.
 */
export const LIB_NODE_EXCEPTIONS: { file: string; specifier: string; why: string }[] = [
  {
    file: 'src/lib/site-files/csp.ts',
    specifier: 'node:crypto',
    why: "sha256 of inline blocks, synchronously while the build rewrites each page's HTML; Web Crypto only digests asynchronously",
  },
];

/** The rules for src/, by folder. */
export const SRC_RULES: ImportRule[] = [
  {
    name: 'src/lib är rena funktioner: inget från Astro, React, DOM eller Node och inget från data, import, komponenter, öar, sidor, layouter eller integrationer',
    scope: ['src/lib/'],
    breaks: (ref, file) =>
      isAstro(ref.target) ||
      isReact(ref.target) ||
      (isNodeBuiltin(ref.target) && !LIB_NODE_EXCEPTIONS.some((e) => e.file === file && e.specifier === ref.specifier)) ||
      under(ref.target, 'src/data', 'src/import', 'src/components', 'src/islands', 'src/pages', 'src/layouts', 'src/integrations') ||
      notAString(ref.target),
  },
  {
    name: 'komponenter, layouter och öar läser inget innehåll själva: inget från src/data eller src/import',
    scope: ['src/components/', 'src/layouts/', 'src/islands/'],
    breaks: (ref) => under(ref.target, 'src/data', 'src/import') || notAString(ref.target),
  },
  {
    name: 'scheman använder bara zod, andra scheman och primitiver i src/lib/safe-text, src/lib/locale och src/lib/colour',
    scope: ['src/schemas/'],
    breaks: (ref) => !(ref.target === 'zod' || under(ref.target, 'src/schemas', 'src/lib/safe-text', 'src/lib/locale', 'src/lib/colour')),
  },
  {
    name: 'importen (src/import) använder lib, scheman och data, inget från Astro, React, komponenter, öar, sidor, layouter eller integrationer',
    scope: ['src/import/'],
    breaks: (ref) =>
      isAstro(ref.target) ||
      isReact(ref.target) ||
      under(ref.target, 'src/components', 'src/islands', 'src/pages', 'src/layouts', 'src/integrations') ||
      notAString(ref.target),
  },
  {
    name: 'src/data laddar innehåll åt sidorna: inget från src/import, komponenter, öar, sidor eller layouter',
    scope: ['src/data/'],
    breaks: (ref) => under(ref.target, 'src/import', 'src/components', 'src/islands', 'src/pages', 'src/layouts') || notAString(ref.target),
  },
];
