/**
 * The project's own import graph, read from each file's syntax tree with TypeScript's parser:
 * imports, re-exports, `import()` and the worker scripts a file starts with
 * `new URL("./x.ts", import.meta.url)`, which are dependencies too. Only relative specifiers
 * count: packages are not the project's layers. ARCHITECTURE.md's layer table is read here as
 * well, so the map and the check are one thing.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const SOURCE = /\.(ts|js|mjs)$/;

/** One import: both ends relative to the project root, with "/" separators. */
export interface ImportEdge {
  from: string;
  to: string;
}

/**
 * Every source file under `folders` (relative to `root`), fixtures and generated-at-test-time
 * folders aside.
 * @example sourceFiles(process.cwd(), ["lib", "scripts"]) // ["lib/activities/words.ts", …]
 */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== "fixtures" && entry.name !== "node_modules") walk(child);
      } else if (SOURCE.test(entry.name)) files.push(child);
    }
  };
  for (const folder of folders) walk(folder);
  return files.sort();
}

/**
 * The relative imports of one file: `import`/`export … from`, `import()` of a literal, and the
 * worker scripts it starts with `new URL("./x.ts", import.meta.url)`. Read from the syntax
 * tree, so an example in a comment or a string is not an import. Only code of the project
 * counts: JSON data and packages (node_modules) are not its layers.
 * @example importsOf(root, "lib/content/routes.ts") // [{ from: "lib/content/routes.ts", to: "lib/content/content-types.ts" }]
 */
export function importsOf(root: string, file: string): ImportEdge[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "URL" &&
      isWorkerUrl(node.arguments)
    ) {
      specifiers.push((node.arguments![0] as ts.StringLiteralLike).text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers
    .filter((specifier) => specifier.startsWith("./") || specifier.startsWith("../"))
    .map((specifier) => ({ from: file, to: path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)) }))
    .filter((edge) => SOURCE.test(edge.to) && !edge.to.includes("node_modules/"));
}

/** `new URL("./x.ts", import.meta.url)`: a file of the project, found next to this one. */
function isWorkerUrl(args: ts.NodeArray<ts.Expression> | undefined): boolean {
  const [specifier, base] = args ?? [];
  return (
    !!specifier &&
    ts.isStringLiteralLike(specifier) &&
    !!base &&
    ts.isPropertyAccessExpression(base) &&
    ts.isMetaProperty(base.expression) &&
    base.name.text === "url"
  );
}

/**
 * The file-level circles: each a list of files that import each other round to the first.
 * @example fileCircles([{ from: "a.ts", to: "b.ts" }, { from: "b.ts", to: "a.ts" }]) // [["a.ts", "b.ts"]]
 */
export function fileCircles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const circles: string[][] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (file: string) => {
    const at = onPath.indexOf(file);
    if (at >= 0) {
      circles.push(onPath.slice(at));
      return;
    }
    if (done.has(file)) return;
    onPath.push(file);
    for (const to of next.get(file) ?? []) visit(to);
    onPath.pop();
    done.add(file);
  };
  for (const file of [...next.keys()].sort()) visit(file);
  return circles;
}

/** One row of ARCHITECTURE.md's layer table. */
export interface Layer {
  /** A folder relative to the root, with a trailing "/" (`lib/site/`), or a file (`.eleventy.ts`). */
  place: string;
  job: string;
}

/**
 * The rows of the first table in ARCHITECTURE.md whose first cell is a `code` path, top to
 * bottom: a row may import only from itself and the rows below it.
 * @example layersOf("| `lib/site/` | pages |\n| `lib/content/` | files |") // [{ place: "lib/site/", job: "pages" }, …]
 */
export function layersOf(markdown: string): Layer[] {
  const layers: Layer[] = [];
  for (const line of markdown.split("\n")) {
    const row = /^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|/.exec(line);
    if (row) layers.push({ place: row[1] as string, job: row[2] as string });
  }
  return layers;
}

/**
 * The layer a file belongs to: the longest place that holds it, or undefined.
 * @example layerOf("lib/cms/browser/admin.ts", layers)?.place // "lib/cms/"
 */
export function layerOf(file: string, layers: readonly Layer[]): Layer | undefined {
  const holding = layers.filter((layer) => (layer.place.endsWith("/") ? file.startsWith(layer.place) : file === layer.place));
  return holding.sort((a, b) => b.place.length - a.place.length)[0];
}

/** An import that runs the wrong way, or from or to a place the map does not name. */
export interface LayerViolation extends ImportEdge {
  reason: string;
}

/**
 * The imports that break the map: from a layer to one above it, or touching a file no layer
 * holds. Imports inside one layer are its own business (file circles are checked apart).
 * @example layerViolations([{ from: "lib/content/a.ts", to: "lib/site/b.ts" }], layersOf(map)) // [{ …, reason: "lib/content/ imports lib/site/, which is above it" }]
 */
export function layerViolations(edges: readonly ImportEdge[], layers: readonly Layer[]): LayerViolation[] {
  const violations: LayerViolation[] = [];
  for (const edge of edges) {
    const from = layerOf(edge.from, layers);
    const to = layerOf(edge.to, layers);
    if (!from) violations.push({ ...edge, reason: `${edge.from} is in no layer of the map` });
    else if (!to) violations.push({ ...edge, reason: `${edge.to} is in no layer of the map` });
    else if (layers.indexOf(to) < layers.indexOf(from))
      violations.push({ ...edge, reason: `${from.place} imports ${to.place}, which is above it` });
  }
  return violations;
}
