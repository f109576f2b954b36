import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileCircles, importsOf, layerOf, layersOf, layerViolations } from "../../support/import-graph.ts";

const MAP = ["| Place | Job |", "|---|---|", "| `scripts/` | commands |", "| `lib/site/` | pages |", "| `lib/content/` | files |"].join(
  "\n",
);

describe("reading the import graph", () => {
  it("finds static, type-only, re-exported and dynamic imports and worker scripts, but not packages, data, comments or strings", () => {
    const root = mkdtempSync(path.join(tmpdir(), "import-graph-"));
    mkdirSync(path.join(root, "lib/site"), { recursive: true });
    writeFileSync(
      path.join(root, "lib/site/page.ts"),
      [
        'import path from "node:path";',
        'import { a } from "./a.ts";',
        'import type { B } from "../content/b.ts";',
        'export { c } from "../content/c.ts";',
        'const d = await import("./d.ts");',
        'const worker = new Worker(new URL("./e-worker.ts", import.meta.url));',
        '// @example import { f } from "./in-a-comment.ts";',
        'const text = `import { g } from "./in-a-string.ts"`;',
        'import schema from "../../schemas/data.json";',
      ].join("\n"),
    );
    expect(importsOf(root, "lib/site/page.ts").map((edge) => edge.to)).toEqual([
      "lib/site/a.ts",
      "lib/content/b.ts",
      "lib/content/c.ts",
      "lib/site/d.ts",
      "lib/site/e-worker.ts",
    ]);
  });

  it("finds a circle of files that import each other, and none in a straight line", () => {
    expect(
      fileCircles([
        { from: "a.ts", to: "b.ts" },
        { from: "b.ts", to: "c.ts" },
        { from: "c.ts", to: "a.ts" },
      ]),
    ).toEqual([["a.ts", "b.ts", "c.ts"]]);
    expect(
      fileCircles([
        { from: "a.ts", to: "b.ts" },
        { from: "b.ts", to: "c.ts" },
      ]),
    ).toEqual([]);
  });
});

describe("holding imports against the map", () => {
  const layers = layersOf(MAP);

  it("reads the layers from the map's table, top first", () => {
    expect(layers.map((layer) => layer.place)).toEqual(["scripts/", "lib/site/", "lib/content/"]);
    expect(layerOf("lib/site/pages/home.ts", layers)?.place).toBe("lib/site/");
  });

  it("lets a layer import itself and the layers below it", () => {
    expect(
      layerViolations(
        [
          { from: "scripts/build.ts", to: "lib/content/a.ts" },
          { from: "lib/site/a.ts", to: "lib/site/b.ts" },
        ],
        layers,
      ),
    ).toEqual([]);
  });

  it("reports an import that runs up, and a file the map does not name", () => {
    expect(layerViolations([{ from: "lib/content/a.ts", to: "lib/site/b.ts" }], layers).map((v) => v.reason)).toEqual([
      "lib/content/ imports lib/site/, which is above it",
    ]);
    expect(layerViolations([{ from: "lib/site/a.ts", to: "lib/bench/b.ts" }], layers).map((v) => v.reason)).toEqual([
      "lib/bench/b.ts is in no layer of the map",
    ]);
  });
});
