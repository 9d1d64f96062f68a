// Finds text written inline in the portal's source (inline-text.test.ts, scripts/inline-text.ts): text
// between JSX tags, text in attributes people see or hear (label, title, aria-label …), string literals shown
// as JSX children, and Norwegian sentences in server code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const SRC = path.resolve(import.meta.dirname, "..");
const TEXT_ATTRIBUTES = new Set(["label", "title", "aria-label", "aria-description", "placeholder", "description", "question", "confirm", "alt", "summary", "legend", "heading", "caption"]);
/** A word people read: two letters or more, with a capital, a Norwegian letter or a space around it. */
const looksLikeText = (s: string) => /\p{L}{2,}/u.test(s) && (/\s/.test(s.trim()) || /^[A-ZÆØÅ]/.test(s.trim()) || /[æøåÆØÅ]/.test(s));
/** A Norwegian sentence in server code: three words or more with a common Norwegian word among them. */
const NORWEGIAN = /(^|[^\p{L}])(og|er|ikke|ikkje|for|til|med|på|av|en|et|ein|eit|som|du|kan|har|må|skal|velg|vel|skriv)([^\p{L}]|$)/iu;
const looksLikeSentence = (s: string) => /\p{L}+\s+\p{L}+\s+\p{L}+/u.test(s) && NORWEGIAN.test(s);

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [p] : [];
  });
}

/** The inline texts of one source file, as "line: text". */
export function inlineTexts(file: string, source = readFileSync(file, "utf8")): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const add = (node: ts.Node, text: string) => found.push(`${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim().slice(0, 60)}`);
  const literalText = (node: ts.Node): string | null =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text
      : ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ") : null;
  /** Where a literal sits: shown as a JSX child, in a text attribute, or elsewhere (a key, a class name …). */
  const shownInJsx = (node: ts.Node): boolean => {
    for (let p = node.parent; p; p = p.parent) {
      if (ts.isCallExpression(p) || ts.isElementAccessExpression(p) || ts.isBinaryExpression(p) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(p.operatorToken.kind)) return false;
      if (ts.isJsxAttribute(p)) return TEXT_ATTRIBUTES.has(p.name.getText(sf));
      if (ts.isJsxExpression(p)) return ts.isJsxElement(p.parent) || ts.isJsxFragment(p.parent);
      if (ts.isPropertyAssignment(p) && ["title", "description", "label", "message"].includes(p.name.getText(sf))) return true;
      if (ts.isBlock(p) || ts.isSourceFile(p)) return false;
    }
    return false;
  };
  /** For developers, not readers: the message of a thrown Error, and a log line's text (both English). */
  const forDevelopers = (node: ts.Node): boolean => {
    const p = node.parent;
    if (ts.isNewExpression(p) && p.expression.getText(sf) === "Error") return true;
    return ts.isCallExpression(p) && /^log\.(debug|info|warn|error)$/.test(p.expression.getText(sf));
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && looksLikeText(node.text)) add(node, node.text);
    else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer) && TEXT_ATTRIBUTES.has(node.name.getText(sf)) && looksLikeText(node.initializer.text)) add(node, node.initializer.text);
    else {
      const text = literalText(node);
      if (text !== null && !ts.isJsxAttribute(node.parent) && !ts.isTaggedTemplateExpression(node.parent) && !ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent) && !ts.isExternalModuleReference(node.parent)) {
        if (file.endsWith(".tsx") && shownInJsx(node) && looksLikeText(text)) add(node, text);
        else if (looksLikeSentence(text) && !forDevelopers(node)) add(node, text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}


/** Every page, component and server module, with its inline texts (relative to src/). */
export function inlineTextBySource(): Map<string, string[]> {
  const all = ["app", "components", "server", "domain", "lib"].flatMap((d) => sourceFiles(path.join(SRC, d)));
  return new Map(all.map((f) => [path.relative(SRC, f), inlineTexts(f)] as const).filter(([, t]) => t.length > 0));
}
