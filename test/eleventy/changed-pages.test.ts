import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../lib/build/check-content.ts";
import { onlyContentChanged, pageFingerprints, pagesToRender } from "../../lib/eleventy/changed-pages.ts";
import { buildSiteModel } from "../../lib/site/build-site-model.ts";
import type { SiteModel } from "../../lib/site/types.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

const sample = buildSiteModel(runCheck(REPO_ROOT));
const copy = (): SiteModel => structuredClone(sample);
const urls = (model: SiteModel, before: ReturnType<typeof pageFingerprints> | undefined) =>
  pagesToRender(model.pages, pageFingerprints(model), before).map((page) => page.url);

describe("pagesToRender", () => {
  it("renders every page when there is no earlier build to compare with", () => {
    expect(urls(sample, undefined)).toHaveLength(sample.pages.length);
  });

  it("renders nothing again when the site model is the same", () => {
    expect(urls(copy(), pageFingerprints(sample))).toEqual([]);
  });

  it("renders only the page whose own data changed", () => {
    const model = copy();
    const caseStudy = model.pages.find((page) => page.type === "case-study")!;
    (caseStudy as { title: string }).title += " (diperbarui)";
    expect(urls(model, pageFingerprints(sample))).toEqual([caseStudy.url]);
  });

  it("renders every page when something every page shows changed (the menu, the interface text)", () => {
    const menu = copy();
    menu.navigation.id.main[0]!.label += "!";
    expect(urls(menu, pageFingerprints(sample))).toHaveLength(sample.pages.length);
    const words = copy();
    const key = Object.keys(words.strings.en)[0]!;
    words.strings.en[key] += "!";
    expect(urls(words, pageFingerprints(sample))).toHaveLength(sample.pages.length);
  });

  it("renders a new page, and nothing for a page that is gone", () => {
    const model = copy();
    const removed = model.pages.pop()!;
    const before = pageFingerprints(model);
    expect(urls(sample, before)).toEqual([removed.url]);
    expect(urls(model, pageFingerprints(sample))).toEqual([]);
  });
});

describe("onlyContentChanged", () => {
  const folders = [path.join(REPO_ROOT, "content"), path.join(REPO_ROOT, "data")];
  it("is true when every changed file is content or data, relative or absolute", () => {
    expect(
      onlyContentChanged([path.join(REPO_ROOT, "content/glossary/arisan.json"), path.join(REPO_ROOT, "data/site.json")], folders),
    ).toBe(true);
  });
  it("is false when a template, a stylesheet or code changed too, or nothing is named", () => {
    expect(
      onlyContentChanged(
        [path.join(REPO_ROOT, "content/glossary/arisan.json"), path.join(REPO_ROOT, "templates/pages/module.njk")],
        folders,
      ),
    ).toBe(false);
    expect(onlyContentChanged([path.join(REPO_ROOT, "content-old/x.md")], folders)).toBe(false);
    expect(onlyContentChanged([], folders)).toBe(false);
  });
});
