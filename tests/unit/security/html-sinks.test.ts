import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Page text is hostile input. No code in the extension may turn a string into markup or code:
 * no innerHTML, outerHTML assignment, insertAdjacentHTML, dangerouslySetInnerHTML, document.write,
 * eval, new Function. The allow-list is empty on purpose. Scans the syntax tree, so comments that
 * mention these names do not count, and `el['innerHTML']` does.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SCANNED = ['entrypoints', 'components', 'lib'];

interface Sink {
  file: string;
  line: number;
  what: string;
}

const HTML_PROPS = new Set(['innerHTML', 'insertAdjacentHTML', 'setHTMLUnsafe', 'createContextualFragment', 'parseHTMLUnsafe']);
const ASSIGN_ONLY = new Set(['outerHTML', 'srcdoc']);
const DOC_WRITERS = new Set(['write', 'writeln']);

function memberName(node: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) return node.argumentExpression.text;
  return undefined;
}

function objectText(node: ts.Node): string {
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) return node.expression.getText();
  return '';
}

function findSinks(source: string, file = 'snippet.tsx'): Sink[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Sink[] = [];
  const add = (node: ts.Node, what: string) =>
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });
  const visit = (node: ts.Node) => {
    const name = memberName(node);
    if (name !== undefined) {
      if (HTML_PROPS.has(name)) add(node, name);
      if (ASSIGN_ONLY.has(name)) {
        const p = node.parent;
        if (p && ts.isBinaryExpression(p) && p.left === node && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
          add(node, `${name} =`);
        }
      }
      if (DOC_WRITERS.has(name) && /(^|\.)document$/.test(objectText(node))) add(node, `document.${name}`);
    }
    if (ts.isJsxAttribute(node) && node.name.getText() === 'dangerouslySetInnerHTML') add(node, 'dangerouslySetInnerHTML');
    if (ts.isPropertyAssignment(node) && node.name.getText().replace(/['"]/g, '') === 'dangerouslySetInnerHTML') add(node, 'dangerouslySetInnerHTML');
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'eval') add(node, 'eval(');
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') {
      add(node, 'new Function(');
    }
    // setTimeout('code') / setInterval('code') evaluate strings.
    if (ts.isCallExpression(node) && /^(setTimeout|setInterval)$/.test(node.expression.getText().replace(/^(window|globalThis|self)\./, ''))) {
      const first = node.arguments[0];
      if (first && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))) add(node, 'string timer');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|js|mjs)$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}

describe('no HTML or code sinks in the extension source', () => {
  it('the scanner finds each kind of sink (so the scan below can fail)', () => {
    const snippet = [
      'el.innerHTML = page;',
      "el['innerHTML'] = page;",
      'const x = el.innerHTML;',
      'el.outerHTML = page;',
      'el.insertAdjacentHTML("beforeend", page);',
      'document.write(page);',
      'window.document.writeln(page);',
      'const v = <div dangerouslySetInnerHTML={{ __html: page }} />;',
      'h("div", { dangerouslySetInnerHTML: { __html: page } });',
      'eval(page);',
      'new Function(page)();',
      'setTimeout("alert(1)", 0);',
      'range.createContextualFragment(page);',
      'frame.srcdoc = page;',
    ].join('\n');
    const whats = findSinks(snippet).map((s) => `${s.line}:${s.what}`);
    expect(whats).toEqual([
      '1:innerHTML', '2:innerHTML', '3:innerHTML', '4:outerHTML =', '5:insertAdjacentHTML', '6:document.write',
      '7:document.writeln', '8:dangerouslySetInnerHTML', '9:dangerouslySetInnerHTML', '10:eval(', '11:new Function(',
      '12:string timer', '13:createContextualFragment', '14:srcdoc =',
    ]);
  });

  it('does not flag comments, reading outerHTML, textContent, or other objects’ write()', () => {
    const snippet = [
      '// never use innerHTML here',
      '/* document.write(x) */',
      'const s = el.outerHTML;',
      'el.textContent = page;',
      'stream.write(page);',
      'setTimeout(() => run(), 0);',
    ].join('\n');
    expect(findSinks(snippet)).toEqual([]);
  });

  it(`finds none in ${SCANNED.join(', ')}`, () => {
    const files = SCANNED.flatMap((d) => sourceFiles(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(20);
    const sinks = files.flatMap((f) => findSinks(readFileSync(f, 'utf8'), relative(ROOT, f)));
    expect(sinks.map((s) => `${s.file}:${s.line} ${s.what}`)).toEqual([]);
    // Parsing every source file takes a few seconds; on a loaded 2-core machine it passed vitest's 5 s default.
  }, 60_000);
});
