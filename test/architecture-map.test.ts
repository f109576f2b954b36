// ARCHITECTURE.md is the map of the code: its table names every folder's one job, top layer
// first. These tests hold the code to it, so an import that runs the wrong way, a folder the
// map does not name, or a circle of files fails `npm test` instead of quietly becoming the
// structure.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fileCircles, importsOf, layersOf, layerViolations, sourceFiles } from "../support/import-graph.ts";

const root = process.cwd();
const CODE_FOLDERS = ["lib", "scripts", "bench", "support", "test"];
const layers = layersOf(readFileSync("ARCHITECTURE.md", "utf8"));
const files = [".eleventy.ts", "vitest.config.ts", ...sourceFiles(root, CODE_FOLDERS)];
const edges = files.flatMap((file) => importsOf(root, file));

describe("the architecture map", () => {
  it("names every folder of lib/ and every top-level folder of code, and nothing that is not there", () => {
    const folders = readdirSync("lib", { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `lib/${entry.name}/`);
    const named = layers.map((layer) => layer.place);
    expect(folders.filter((folder) => !named.includes(folder))).toEqual([]);
    expect(
      CODE_FOLDERS.filter((folder) => folder !== "lib")
        .map((folder) => `${folder}/`)
        .filter((folder) => !named.includes(folder)),
    ).toEqual([]);
    expect(named.filter((place) => !existsSync(place))).toEqual([]);
  });

  it("has every import point at its own layer or a layer below it", () => {
    const report = layerViolations(edges, layers).map(({ from, to, reason }) => `${from} → ${to}: ${reason}`);
    expect(report).toEqual([]);
  });

  it("keeps lib/ free of the tests, the benchmark, the scripts and the support helpers", () => {
    const outward = edges.filter((edge) => edge.from.startsWith("lib/") && !edge.to.startsWith("lib/"));
    expect(outward).toEqual([]);
  });

  it("has no file that imports itself through other files", () => {
    expect(fileCircles(edges)).toEqual([]);
  });

  it("has every import name a file that exists", () => {
    expect(edges.filter((edge) => !existsSync(edge.to)).map(({ from, to }) => `${from} → ${to}`)).toEqual([]);
  });
});
