import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { loadAllowList } from "../../lib/privacy/load-allow-list.ts";
import { contentHash, screenSite } from "../../lib/privacy/screen-site.ts";
import { REPO_ROOT, TSX_IMPORT, removeTree, writeTree } from "../../support/content-tree.ts";

const allowList = loadAllowList(REPO_ROOT);
const PHONE = "0812-3456-7890";
const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

describe("screenSite", () => {
  it("finds personal data in page text, link targets and sitemap, masked, and ignores stylesheets", () => {
    const site = writeTree({
      "id/index.html": `<html><body>\n<p>Hubungi kami</p>\n<a href="tel:${PHONE}">telepon</a></body></html>`,
      "sitemap.xml": "<urlset><url><loc>https://example.org/id/x/</loc></url></urlset>",
      "assets/site.css": `/* ${PHONE} */`,
      "en/index.html": "<p>Contact the Jombang team through the kelurahan office.</p>",
    });
    roots.push(site);
    const findings = screenSite(site, allowList, new Set());
    expect(findings).toEqual([expect.objectContaining({ file: "id/index.html", line: 3, kind: "phone" })]);
    expect(JSON.stringify(findings)).not.toContain("3456");
  });
});

describe("screenSite after the pages were screened while rendering", () => {
  const clean = "<p>Contact the Jombang team through the kelurahan office.</p>";
  const leaked = `<p>Hubungi ${PHONE}</p>`;

  it("keeps what was found then for a file whose bytes are exactly those screened, without screening it again", () => {
    const site = writeTree({ "en/index.html": clean });
    roots.push(site);
    // A finding only the earlier screen could have produced: the page on disk is clean.
    const earlierFinding = { file: "en/index.html", line: 1, column: 1, kind: "phone" as const, masked: "08••" };
    const findings = screenSite(site, allowList, new Set(), {
      screened: new Map([["en/index.html", contentHash(clean)]]),
      findings: [earlierFinding],
    });
    expect(findings).toEqual([earlierFinding]);
  });

  it("screens a file again when what is on disk is not what was screened, and drops the earlier result", () => {
    const site = writeTree({ "id/index.html": leaked });
    roots.push(site);
    const earlierFinding = { file: "id/index.html", line: 9, column: 9, kind: "email" as const, masked: "x••" };
    const findings = screenSite(site, allowList, new Set(), {
      screened: new Map([["id/index.html", contentHash(clean)]]),
      findings: [earlierFinding],
    });
    expect(findings).toEqual([expect.objectContaining({ file: "id/index.html", line: 1, kind: "phone" })]);
  });

  it("screens every file the earlier screen never saw", () => {
    const site = writeTree({ "en/index.html": clean, "data/teams.csv": `name,phone\nTim,${PHONE}\n` });
    roots.push(site);
    const findings = screenSite(site, allowList, new Set(), { screened: new Map([["en/index.html", contentHash(clean)]]), findings: [] });
    expect(findings).toEqual([expect.objectContaining({ file: "data/teams.csv", kind: "phone" })]);
  });
});

describe("npm run build's last gate", () => {
  it("publishes nothing when the built pages hold personal data that the content check cannot see", async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), "pustaka-gate-"));
    roots.push(workspace);
    const root = path.join(workspace, "root");
    for (const folder of ["content", "data"]) cpSync(path.join(REPO_ROOT, folder), path.join(root, folder), { recursive: true });
    // Project data (not editor content) is not screened by the check; the gate must catch it.
    const settings = JSON.parse(readFileSync(path.join(root, "data/site.json"), "utf8"));
    settings.tagline.id = `Hubungi koordinator di ${PHONE}`;
    writeFileSync(path.join(root, "data/site.json"), JSON.stringify(settings, null, 2));
    const outDir = path.join(workspace, "published");
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, "index.html"), "the site as it was");

    const script = `import { buildAndReplace } from ${JSON.stringify(path.join(REPO_ROOT, "lib/build/build-and-replace.ts"))};
const outcome = await buildAndReplace({ root: ${JSON.stringify(root)}, outDir: ${JSON.stringify(outDir)} });
console.log(JSON.stringify({ built: outcome.built, checkOk: outcome.check.ok, siteFindings: outcome.built ? [] : outcome.siteFindings }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", TSX_IMPORT, "--input-type=module", "--eval", script], {
      cwd: REPO_ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const outcome = JSON.parse(stdout.trim().split("\n").at(-1)!);

    expect(outcome.checkOk).toBe(true);
    expect(outcome.built).toBe(false);
    expect(outcome.siteFindings).toEqual(expect.arrayContaining([expect.objectContaining({ file: "id/index.html", kind: "phone" })]));
    expect(stdout).not.toContain("3456-7890");
    expect(readFileSync(path.join(outDir, "index.html"), "utf8")).toBe("the site as it was");
    expect(existsSync(`${outDir}.tmp`)).toBe(false);
  });
});
