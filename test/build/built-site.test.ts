import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { load, type CheerioAPI } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { INDEX_FILE, indexFileText } from "../../lib/search/decompress-index.ts";
import {
  ADMIN_POLICY,
  headerPatternMatches,
  headersFor,
  metaPolicyText,
  parseHeadersFile,
  PUBLIC_POLICY,
  policyText,
} from "../../lib/site/security-headers.ts";
import { buildInChildProcess } from "../helpers/build-in-child.ts";
import { json, markdownFile, removeTree, REPO_ROOT } from "../../support/content-tree.ts";
import { brokenInternalLinks, siteFileFor, sitePathOf } from "../helpers/internal-links.ts";

/** Text that appears only in draft or unpublished entries of the fixture. */
const MARKER = "DRAFT-LEAK-9b27e4";
const SITE_URL = (JSON.parse(readFileSync(path.join(REPO_ROOT, "data/site.json"), "utf8")) as { url: string }).url;

let workspace: string;
let sampleOut: string;
let fixtureOut: string;
let translatedAwaySlug: string;

/** A copy of the shipped sample plus a draft or unpublished entry of every kind. */
function writeFixtureRoot(root: string): void {
  for (const folder of ["content", "data"]) cpSync(path.join(REPO_ROOT, folder), path.join(root, folder), { recursive: true });
  const write = (file: string, text: string) => writeFileSync(path.join(root, file), text);
  const moduleFrontMatter = (extra: string) => `title: ${MARKER} module
summary: ${MARKER} summary
pillar: awareness
order: 42
durationMinutes: 60
objectives: [${MARKER} objective]
discussionQuestions: [${MARKER} question]
reviewed: { role: Fasilitator yayasan, date: 2024-11-20 }
${extra}`;
  write("content/modules/id/draft-module.md", markdownFile(moduleFrontMatter("draft: true"), `## ${MARKER}\n\n${MARKER} body.\n`));

  // An existing module whose English version is still a draft: the Indonesian page must say
  // "not yet translated" and link nowhere.
  translatedAwaySlug = readdirSync(path.join(root, "content/modules/en")).sort()[0]!.replace(/\.md$/, "");
  write(
    `content/modules/en/${translatedAwaySlug}.md`,
    readFileSync(path.join(root, `content/modules/en/${translatedAwaySlug}.md`), "utf8").replace(
      /^title: .*$/m,
      `title: "${MARKER} translation"\ndraft: true`,
    ),
  );

  const caseStudy = (status: string) =>
    markdownFile(
      `title: ${MARKER} case
summary: ${MARKER} case summary
illustrative: true
period: 2024-Q1
area: not-disclosed
concernCategory: other
reportedBy: neighbour
steps:
  - { stage: recorded, period: 2024-Q1, note: ${MARKER} step }
approaches: [dialogue]
outcome: ${MARKER} outcome
lessons: [${MARKER} lesson]
anonymisation:
  namesRemoved: true
  placesGeneralised: true
  datesGeneralised: true
  detailsAltered: true
  reviewerRole: Fasilitator yayasan
  reviewedOn: 2024-10-01
status: ${status}`,
      `## ${MARKER}\n\n${MARKER}.\n`,
    );
  write("content/case-studies/id/case-in-review.md", caseStudy("in-review"));
  write("content/case-studies/id/case-draft.md", caseStudy("draft"));
  write("content/case-studies/en/case-draft.md", caseStudy("draft"));
  write(
    "content/pages/id/draft-page.md",
    markdownFile(`title: ${MARKER} page\nsummary: ${MARKER}\nnavOrder: 3\ndraft: true`, `## ${MARKER}\n`),
  );
  write(
    "content/activities/draft-activity.json",
    json({
      date: "2024-06-01",
      kelurahan: "jombang",
      pillar: "awareness",
      activityType: "socialisation",
      forum: "arisan",
      title: { id: MARKER, en: MARKER },
      participants: { total: 999 },
      notes: { id: MARKER },
      source: { kind: "cms" },
      draft: true,
    }),
  );
  write(
    "content/glossary/draft-term.json",
    json({ term: { id: MARKER, en: MARKER }, definition: { id: MARKER, en: MARKER }, draft: true }),
  );
  write(
    "content/timeline/draft-event.json",
    json({
      date: "2024-06",
      title: { id: MARKER, en: MARKER },
      description: { id: MARKER, en: MARKER },
      highlight: true,
      draft: true,
    }),
  );
  write(
    "content/action-plan/draft-item.json",
    json({
      order: 99,
      pillar: "awareness",
      objective: { id: MARKER, en: MARKER },
      indicator: { id: MARKER, en: MARKER },
      unit: { id: "x", en: "x" },
      baseline: 0,
      target: 1,
      current: 0,
      dueDate: "2025-01-01",
      responsible: { role: { id: MARKER, en: MARKER }, teams: ["jombang"] },
      status: "not-started",
      updates: [],
      draft: true,
    }),
  );
  write(
    "content/decrees/draft-decree.json",
    json({
      number: "1/2024",
      title: { id: MARKER, en: MARKER },
      shortTitle: { id: MARKER, en: MARKER },
      issuer: { id: MARKER, en: MARKER },
      year: "2024",
      period: { from: "2024", to: "2025" },
      summary: { id: MARKER, en: MARKER },
      crosswalk: [{ pillar: "awareness", note: { id: MARKER, en: MARKER } }],
      draft: true,
    }),
  );
  // (A draft team profile is not here: the check refuses activities and plan items that refer
  // to a kelurahan without a published profile; test/site covers the model's side of it.)
}

/** The text Pagefind stored for each indexed page of a built site, by address. */
function fragmentContents(out: string): Map<string, string> {
  return new Map(
    filesUnder(path.join(out, "pagefind/fragment"))
      .filter((file) => INDEX_FILE.test(file))
      .map(
        (file) =>
          JSON.parse(indexFileText(file, readFileSync(path.join(out, "pagefind/fragment", file)))) as { url: string; content: string },
      )
      .map((fragment) => [fragment.url, fragment.content]),
  );
}

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), "pustaka-built-site-"));
  const fixtureRoot = path.join(workspace, "fixture");
  writeFixtureRoot(fixtureRoot);
  sampleOut = path.join(workspace, "sample-site");
  fixtureOut = path.join(workspace, "fixture-site");
  // One after the other: two Eleventy builds at once would fight over two cores.
  await buildInChildProcess(REPO_ROOT, sampleOut);
  await buildInChildProcess(fixtureRoot, fixtureOut);
}, 240_000);

afterAll(() => {
  if (workspace) removeTree(workspace);
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

const documents = new Map<string, CheerioAPI>();
function documentAt(file: string): CheerioAPI {
  let document = documents.get(file);
  if (!document) {
    document = load(readFileSync(file, "utf8"));
    documents.set(file, document);
  }
  return document;
}

for (const [name, getOut] of [
  ["the shipped sample", () => sampleOut],
  ["the fixture with drafts", () => fixtureOut],
] as const) {
  describe(`the built site from ${name}`, () => {
    // The site's pages; the CMS under admin/ is its own application with its own tests (test/cms).
    const pages = () => filesUnder(getOut()).filter((file) => file.endsWith(".html") && !file.startsWith("admin/"));
    const urlOf = (file: string) => `/${file}`.replace(/index\.html$/, "");

    it("has the home pages, the language choice at the root and a stylesheet", () => {
      for (const file of ["index.html", "id/index.html", "en/index.html", "404.html", "sitemap.xml", "robots.txt"]) {
        expect(existsSync(path.join(getOut(), file)), file).toBe(true);
      }
      const root = documentAt(path.join(getOut(), "index.html"));
      expect(root('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/id/");
    });

    it("sets lang on <html> on every page, matching the language in the address", () => {
      for (const file of pages()) {
        const lang = documentAt(path.join(getOut(), file))("html").attr("lang");
        expect(["id", "en"], file).toContain(lang);
        const prefix = /^(id|en)\//.exec(file)?.[1];
        if (prefix) expect(lang, file).toBe(prefix);
      }
    });

    it("gives every page exactly one <h1>", () => {
      for (const file of pages()) expect(documentAt(path.join(getOut(), file))("h1").length, file).toBe(1);
    });

    it("links one stylesheet file, the same on every page, and it exists", () => {
      const hrefs = new Set<string>();
      for (const file of pages()) {
        const links = documentAt(path.join(getOut(), file))('link[rel="stylesheet"]');
        expect(links.length, file).toBe(1);
        hrefs.add(links.attr("href")!);
      }
      expect(hrefs.size).toBe(1);
      const [href] = [...hrefs];
      expect(href).toMatch(/^\/assets\/[\w-]+\.css$/);
      const css = readFileSync(siteFileFor(getOut(), href!)!, "utf8");
      expect(css).toContain("@layer");
      expect(css).toContain(".site-header");
    });

    it("has no inline script, no inline style and no event-handler attributes; scripts come from files: the offline worker's on every language page, search on the search pages", () => {
      for (const file of pages()) {
        const $ = documentAt(path.join(getOut(), file));
        const scripts = $("script")
          .toArray()
          .map((element) => ({ src: $(element).attr("src"), type: $(element).attr("type"), text: $(element).text() }));
        const searchPage = file === "id/cari/index.html" || file === "en/search/index.html";
        const bilingualRoot = file === "index.html" || file === "404.html";
        const expected = [
          ...(searchPage ? [{ src: "/assets/search.js", type: "module", text: "" }] : []),
          ...(bilingualRoot ? [] : [{ src: "/assets/offline.js", type: "module", text: "" }]),
        ];
        expect(scripts, file).toEqual(expected);
        expect($("style").length, file).toBe(0);
        expect($("[style]").length, file).toBe(0);
        const handlers = $("*")
          .toArray()
          .flatMap((element) =>
            Object.keys((element as { attribs?: Record<string, string> }).attribs ?? {}).filter((attribute) => attribute.startsWith("on")),
          );
        expect(handlers, file).toEqual([]);
      }
    });

    it("carries the public content security policy as the first <meta> of every page, without the header-only frame-ancestors", () => {
      for (const file of pages()) {
        const $ = documentAt(path.join(getOut(), file));
        const meta = $('meta[http-equiv="Content-Security-Policy"]');
        expect(meta.attr("content"), file).toBe(metaPolicyText(PUBLIC_POLICY));
        expect(meta.attr("content"), file).not.toContain("frame-ancestors");
        // A <meta> policy governs only what comes after it.
        expect($("head > *").eq(1).is(meta), file).toBe(true);
      }
    });

    it("writes a _headers file giving public pages the public policy and /admin/ only its own", () => {
      const rules = parseHeadersFile(readFileSync(path.join(getOut(), "_headers"), "utf8"));
      for (const url of ["/", "/id/", "/en/modules/", "/404.html"]) {
        expect(headersFor(rules, url)["Content-Security-Policy"], url).toBe(policyText(PUBLIC_POLICY));
      }
      expect(headersFor(rules, "/admin/")["Content-Security-Policy"]).toBe(policyText(ADMIN_POLICY));
      // Hosts combine every matching rule: a second policy on /admin/ would be enforced as well.
      expect(rules.filter((rule) => headerPatternMatches(rule.pattern, "/admin/") && rule.headers["Content-Security-Policy"])).toHaveLength(
        1,
      );
      expect(headersFor(rules, "/assets/search.js")).toMatchObject({
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
      });
      expect(readFileSync(path.join(getOut(), "admin/index.html"), "utf8")).not.toContain("Content-Security-Policy");
    });

    it("pairs translations both ways: a page's alternate lists the page as its own alternate", () => {
      for (const file of pages()) {
        const $ = documentAt(path.join(getOut(), file));
        const own = $('link[rel="canonical"]').attr("href");
        for (const element of $('link[rel="alternate"][hreflang]:not([hreflang="x-default"])').toArray()) {
          const href = $(element).attr("href")!;
          const other = documentAt(siteFileFor(getOut(), sitePathOf(href, urlOf(file), SITE_URL)!)!);
          const back = other('link[rel="alternate"][hreflang]')
            .toArray()
            .map((link) => other(link).attr("href"));
          expect(back, `${file} → ${href}`).toContain(own);
        }
      }
    });

    it("marks only the main content of indexed pages for the search index, never a 404, the offline page or the search page", () => {
      for (const file of pages()) {
        const $ = documentAt(path.join(getOut(), file));
        const marked = $("[data-pagefind-body]").toArray();
        const indexed = !/(^|\/)(404|offline)\.html$/.test(file) && file !== "index.html" && !/^(id\/cari|en\/search)\//.test(file);
        expect(
          marked.map((element) => (element as { tagName?: string }).tagName),
          file,
        ).toEqual(indexed ? ["main"] : []);
      }
    });

    it("writes a search index for each language, with the pages of that language", () => {
      const entry = JSON.parse(readFileSync(path.join(getOut(), "pagefind/pagefind-entry.json"), "utf8")) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(Object.keys(entry.languages).sort()).toEqual(["en", "id"]);
      const indexed = (lang: string) =>
        pages().filter(
          (file) => file.startsWith(`${lang}/`) && documentAt(path.join(getOut(), file))("main[data-pagefind-body]").length === 1,
        ).length;
      for (const lang of ["id", "en"]) expect(entry.languages[lang]?.page_count, lang).toBe(indexed(lang));
    });

    it("indexes a list page by its own words, not by the entries it lists, each of which has a page of its own", () => {
      const fragments = fragmentContents(getOut());
      const list = documentAt(path.join(getOut(), "id/studi-kasus/index.html"));
      const summary = list(".card-list .card p:not(.card__meta)").first().text().trim();
      expect(summary.length).toBeGreaterThan(20);
      expect(fragments.get("/id/studi-kasus/")).toContain(list(".lede").text().trim());
      expect(fragments.get("/id/studi-kasus/")).not.toContain(summary);
      // The glossary keeps its definitions, not its links to the pages using each term.
      const glossary = documentAt(path.join(getOut(), "id/glosarium/index.html"));
      const definition = glossary(".glossary__entry dd > p:not(.glossary__more)").first().text().trim();
      expect(fragments.get("/id/glosarium/")).toContain(definition.slice(0, 40));
      expect(glossary(".glossary__more").length).toBeGreaterThan(0);
      expect(fragments.get("/id/glosarium/")).not.toContain("Dipakai di");
    });

    it("keeps each fact's label and value apart in the search index, so that the value is a word of its own", () => {
      const fragments = fragmentContents(getOut());
      let pairs = 0;
      for (const file of pages()) {
        const $ = documentAt(path.join(getOut(), file));
        const url = `/${file.replace(/index\.html$/, "")}`;
        for (const term of $("main[data-pagefind-body] dt").toArray()) {
          if ($(term).closest("[data-pagefind-ignore]").length > 0) continue;
          const label = $(term).text().trim();
          const value = $(term).next("dd").text().trim();
          if (!label || !value || !fragments.has(url)) continue;
          pairs++;
          expect(fragments.get(url), `${file}: "${label}" and "${value}"`).not.toContain(`${label}${value.slice(0, 3)}`);
        }
      }
      expect(pairs).toBeGreaterThan(10);
    });

    it("keeps tables of counts out of the search index, where Pagefind would join a row of numbers into one line", () => {
      let tables = 0;
      for (const file of pages()) {
        const $ = documentAt(path.join(getOut(), file));
        for (const table of $("main[data-pagefind-body] :is(.counts-table, .stats-table)").toArray()) {
          tables++;
          expect($(table).closest("[data-pagefind-ignore]").length, `${file}: ${$(table).attr("class")}`).toBe(1);
        }
      }
      expect(tables).toBeGreaterThan(2);
    });

    it("offers, on each search page, an A–Z index linking every indexed page of that language", () => {
      for (const [lang, file] of [
        ["id", "id/cari/index.html"],
        ["en", "en/search/index.html"],
      ] as const) {
        const $ = documentAt(path.join(getOut(), file));
        const listed = new Set(
          $(".az-index li a")
            .toArray()
            .map((element) => $(element).attr("href")),
        );
        const expected = pages().filter(
          (page) => page.startsWith(`${lang}/`) && documentAt(path.join(getOut(), page))("main[data-pagefind-body]").length === 1,
        );
        expect(expected.length).toBeGreaterThan(10);
        for (const page of expected) expect(listed.has(urlOf(page)), `${file} lists ${page}`).toBe(true);
      }
    });

    // That every address in it has a file is checked with the internal links
    // (test/build/internal-links.test.ts; for drafts, below).
    it("lists in sitemap.xml the site's pages, and no 404 page", () => {
      const sitemap = load(readFileSync(path.join(getOut(), "sitemap.xml"), "utf8"), { xml: true });
      const locations = sitemap("loc")
        .toArray()
        .map((element) => sitemap(element).text());
      expect(locations.length).toBeGreaterThan(20);
      for (const location of locations) {
        expect(location.startsWith(SITE_URL), location).toBe(true);
        expect(location).not.toMatch(/404/);
      }
    });

    it("keeps crawlers out of /admin/ and points them to the sitemap in robots.txt", () => {
      const robots = readFileSync(path.join(getOut(), "robots.txt"), "utf8");
      expect(robots).toMatch(/^Disallow: \/admin\/$/m);
      expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
    });

    it("gives every page Open Graph basics in its own language, with an absolute address", () => {
      for (const file of pages()) {
        const $ = documentAt(path.join(getOut(), file));
        const og = (property: string) => $(`meta[property="${property}"]`).attr("content");
        const lang = $("html").attr("lang");
        // The <title> adds the site name after " · " on most pages; og:site_name carries it.
        expect(
          $("title")
            .text()
            .startsWith(og("og:title") ?? "-"),
          file,
        ).toBe(true);
        expect(og("og:description"), file).toBe($('meta[name="description"]').attr("content"));
        expect(og("og:url"), file).toBe(`${SITE_URL}${urlOf(file)}`);
        expect(og("og:locale"), file).toBe(lang === "id" ? "id_ID" : "en_GB");
        expect(og("og:site_name"), file).toBe("Pustaka Tangguh");
        expect(["article", "website"], file).toContain(og("og:type"));
        if ($('link[rel="canonical"]').length > 0) expect($('link[rel="canonical"]').attr("href"), file).toBe(og("og:url"));
      }
    });

    it("shows each activity's venue as written, with its kind of forum in the page's language unless that is only 'other'", () => {
      const lines = (file: string) => {
        const $ = documentAt(path.join(getOut(), file));
        return $(".activity p:not([class])")
          .map((_, p) => $(p).text().replace(/\s+/g, " ").trim())
          .get();
      };
      const id = lines("id/kegiatan/index.html");
      expect(id).toContain("Sosialisasi · Majelis Taklim Al-Hidayah (Majelis taklim) · 46 peserta (46 perempuan, 0 laki-laki)");
      expect(id.find((line) => line.startsWith("Pelatihan · Hotel di Serpong · "))).toBeDefined();
      const en = lines("en/activities/index.html");
      expect(en).toContain(
        "Awareness session · Majelis Taklim Al-Hidayah — Majelis taklim (religious study group) · 46 participants (46 women, 0 men)",
      );
      expect(en.find((line) => line.startsWith("Training · Hotel di Serpong · "))).toBeDefined();
    });

    it("ends every module, case study, free page, decree and team page with its CMS entry link, and a review date where the content has one", () => {
      const config = parseYaml(readFileSync(path.join(getOut(), "admin/config.yml"), "utf8")) as { collections: { name: string }[] };
      const collections = new Set(config.collections.map((collection) => collection.name));
      const contentPages = pages().filter((file) =>
        /page--(module|case-study|page|decree|team)"/.test(readFileSync(path.join(getOut(), file), "utf8")),
      );
      expect(contentPages.length).toBeGreaterThan(10);
      for (const file of contentPages) {
        const $ = documentAt(path.join(getOut(), file));
        const href = $("main .content-editing a").attr("href") ?? "";
        const [, collection, slug] = /^\/admin\/#\/collections\/([a-z-]+)\/entries\/([a-z0-9-]+)$/.exec(href) ?? [];
        expect(collections.has(collection ?? ""), `${file}: ${href}`).toBe(true);
        expect(urlOf(file).split("/").filter(Boolean).at(-1), file).toBe(slug);
        const type = /page--([a-z-]+)"/.exec($.html())![1]!;
        const reviewed = $("main .content-editing time").attr("datetime");
        if (type === "module" || type === "case-study") expect(reviewed, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (type === "decree" || type === "team") expect(reviewed, file).toBeUndefined();
      }
      // Lists, 404s and generated pages have no entry to edit.
      for (const file of ["id/index.html", "en/modules/index.html", "id/404.html"])
        expect(documentAt(path.join(getOut(), file))(".content-editing").length, file).toBe(0);
    });
  });
}

describe("drafts in the built site", () => {
  it("leave no trace in any file of the output, the search index decompressed included", () => {
    const textOf = (file: string) =>
      INDEX_FILE.test(file)
        ? indexFileText(file, readFileSync(path.join(fixtureOut, file)))
        : readFileSync(path.join(fixtureOut, file), "utf8");
    const indexFiles = filesUnder(fixtureOut).filter((file) => INDEX_FILE.test(file));
    expect(indexFiles.length).toBeGreaterThan(4);
    // The check is meaningful: published text is in the decompressed index.
    expect(indexFiles.map(textOf).join("\n")).toContain("majelis taklim");
    const leaks = filesUnder(fixtureOut).filter((file) => textOf(file).includes(MARKER));
    expect(leaks).toEqual([]);
  });

  it("leave no internal link, fragment or sitemap address pointing at a missing page", () => {
    // The shipped sample's links are checked in test/build/internal-links.test.ts; drafts are
    // where a link to a page that was not built would come from.
    const pages = filesUnder(fixtureOut).filter(
      (file) => file.endsWith(".html") && !file.startsWith("admin/") && !file.startsWith("pagefind/"),
    );
    expect(brokenInternalLinks(fixtureOut, pages, SITE_URL)).toEqual([]);
  });

  it("get no page of their own", () => {
    for (const file of [
      "id/modul/draft-module/index.html",
      "id/studi-kasus/case-in-review/index.html",
      "en/case-studies/case-draft/index.html",
      "id/draft-page/index.html",
      "id/keputusan/draft-decree/index.html",
      `en/modules/${translatedAwaySlug}/index.html`,
    ]) {
      expect(existsSync(path.join(fixtureOut, file)), file).toBe(false);
    }
  });

  it("make the other language say 'not yet translated' instead of linking a missing page", () => {
    const $ = documentAt(path.join(fixtureOut, `id/modul/${translatedAwaySlug}/index.html`));
    expect($(".notice--translation").length).toBe(1);
    expect($('.notice--translation [lang="en"]').text()).toContain("not been translated into English");
    expect($(".language-switcher a").length).toBe(0);
    expect($(".language-switcher__missing").attr("lang")).toBe("en");
    expect($('link[rel="alternate"][hreflang]').length).toBe(0);
  });
});
