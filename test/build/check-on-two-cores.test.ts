/**
 * `npm run build` checks on two cores: the content's personal-data screen runs ahead in a
 * worker thread (prescreen-content.ts) while the files are read and validated. It must say
 * exactly what the one-thread check says, and use the worker's screen only for the very text
 * and allow-list the check read.
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck, runCheckOnTwoCores } from "../../lib/build/check-content.ts";
import { prescreenContent } from "../../lib/privacy/prescreen-content.ts";
import { screenContent } from "../../lib/privacy/screen-content.ts";
import { allowListOf } from "../../lib/privacy/load-allow-list.ts";
import { loadContent } from "../../lib/validation/load-content.ts";
import { validTreesRemovedAfterEach } from "../helpers/valid-trees.ts";

const tree = validTreesRemovedAfterEach();

const CASE_STUDY = "content/case-studies/id/remaja.md";
const ALLOW_LIST = "data/privacy/allow-list.json";
const verdict = ({ ok, problems, fileCount }: { ok: boolean; problems: unknown[]; fileCount: number }) => ({ ok, problems, fileCount });

describe("the check on two cores", () => {
  it("says exactly what the check on one core says: clean content, then a phone number in a case study", async () => {
    const root = tree();
    expect(verdict(await runCheckOnTwoCores(root))).toEqual(verdict(runCheck(root)));
    appendFileSync(path.join(root, CASE_STUDY), "\nHubungi 0812-3456-7890 untuk informasi.\n");
    const twoCores = verdict(await runCheckOnTwoCores(root));
    expect(twoCores.ok).toBe(false);
    expect(twoCores).toEqual(verdict(runCheck(root)));
  });

  it("still screens the content itself when the allow-list cannot be read ahead, and reports the allow-list", async () => {
    const root = tree();
    appendFileSync(path.join(root, CASE_STUDY), "\nHubungi 0812-3456-7890 untuk informasi.\n");
    writeFileSync(path.join(root, ALLOW_LIST), "{ not json");
    const twoCores = verdict(await runCheckOnTwoCores(root));
    expect(twoCores.problems.map((problem) => (problem as { file: string }).file)).toContain(ALLOW_LIST);
    expect(twoCores).toEqual(verdict(runCheck(root)));
  });
});

describe("prescreenContent", () => {
  it("screens each editor's file as the check reads it, with the allow-list the check validates", async () => {
    const root = tree();
    appendFileSync(path.join(root, CASE_STUDY), "\nHubungi 0812-3456-7890 untuk informasi.\n");
    const screened = await prescreenContent(root);
    const loaded = loadContent(root);
    expect(screened.get(CASE_STUDY)?.text).toBe(loaded.sources.get(CASE_STUDY)?.text);
    expect(screened.get(CASE_STUDY)?.findings.map((finding) => finding.kind)).toEqual(["phone"]);
    expect(screened.get(CASE_STUDY)?.allowList).toBe(JSON.stringify(allowListOf(loaded)));
    expect(screened.has(ALLOW_LIST)).toBe(false);
  });

  it("is used by the check for a file whose text is the one it read, and not for one edited since", async () => {
    const root = tree();
    appendFileSync(path.join(root, CASE_STUDY), "\nHubungi 0812-3456-7890 untuk informasi.\n");
    const screened = await prescreenContent(root);
    // Told (falsely) that the case study was clean, the check believes it: the screen ahead is used…
    const clean = new Map(screened).set(CASE_STUDY, { ...screened.get(CASE_STUDY)!, findings: [] });
    const loaded = loadContent(root);
    expect(screenContent(loaded, allowListOf(loaded), clean)).toEqual([]);
    // …but not once the file's text differs from what the worker read.
    writeFileSync(path.join(root, CASE_STUDY), `${readFileSync(path.join(root, CASE_STUDY), "utf8")}\nLagi.\n`);
    const edited = loadContent(root);
    expect(screenContent(edited, allowListOf(edited), new Map(clean)).map((problem) => problem.file)).toEqual([CASE_STUDY]);
  });
});
