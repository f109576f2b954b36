import { spawn, spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCheck } from "../../lib/build/check-content.ts";
import { REPO_ROOT, TSX_IMPORT, removeTree } from "../../support/content-tree.ts";
import { copyProjectContent, snapshot } from "../helpers/project-copy.ts";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));
function project() {
  const root = copyProjectContent();
  roots.push(root);
  return root;
}
const fixture = (name: string) => path.join(REPO_ROOT, "test/fixtures/csv", name);
const SCRIPT = path.join(REPO_ROOT, "scripts/import.ts");

function importCli(root: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", TSX_IMPORT, SCRIPT, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function bigCsv(root: string, rows: number): string {
  const lines = ["Tanggal;Kelurahan;Pilar;Jenis kegiatan;Forum;Judul;Title;Peserta"];
  for (let i = 0; i < rows; i++)
    lines.push(
      `${(i % 28) + 1}/0${(i % 9) + 1}/2024;Jombang;Kesadaran;Sosialisasi;PKK;Pertemuan ke-${i};Meeting no. ${i};${10 + (i % 50)}`,
    );
  const file = path.join(root, "big.csv");
  writeFileSync(file, `${lines.join("\r\n")}\r\n`);
  return file;
}

describe("npm run import", () => {
  it("prints exactly {total, imported, keptBack, duplicates, rejected, blank, errors, warnings} with --json, messages as {id, en}", () => {
    const root = project();
    const { status, stdout } = importCli(root, ["--json", "--dry-run", fixture("bad-rows.csv")]);
    const summary = JSON.parse(stdout);
    expect(Object.keys(summary)).toEqual(["total", "imported", "keptBack", "duplicates", "rejected", "blank", "errors", "warnings"]);
    expect(summary).toMatchObject({ total: 4, imported: 0, duplicates: 0, rejected: 4, blank: 0 });
    expect(summary.errors[0]).toEqual({
      row: 2,
      line: 2,
      no: null,
      column: "A (Tanggal)",
      message: { id: expect.any(String), en: expect.any(String) },
    });
    expect(status).toBe(2);
  });

  it("writes nothing on a dry run, and says what would happen", () => {
    const root = project();
    const before = snapshot(root);
    const { status, stdout } = importCli(root, ["--dry-run", fixture("excel-id-semicolon.csv")]);
    expect(stdout).toContain(
      "✓ 4 rows read: 2 would be imported (dry run, nothing written), 0 would be kept back as drafts for review, 0 already there, 0 rejected, 2 blank — 4 baris dibaca: 2 akan diimpor",
    );
    expect(status).toBe(0);
    expect(snapshot(root)).toEqual(before);
  });

  it("imports, passes npm run check afterwards, and adds nothing the second time", () => {
    const root = project();
    const first = importCli(root, ["--json", fixture("excel-id-semicolon.csv")]);
    expect(JSON.parse(first.stdout)).toMatchObject({ imported: 2, errors: [] });
    const check = runCheck(root);
    expect(check.problems).toEqual([]);
    const after = snapshot(root);
    const second = importCli(root, ["--json", fixture("excel-id-semicolon.csv")]);
    expect(JSON.parse(second.stdout)).toMatchObject({ total: 4, imported: 0, duplicates: 2, blank: 2 });
    expect(snapshot(root)).toEqual(after);
  });

  it("imports the teams' own sheet: rows named by their No, drafts kept back, the check green, and nothing added the second time", () => {
    const root = project();
    const first = importCli(root, [fixture("tim-tangguh-template.csv")]);
    expect(first.stdout).toContain(
      'tim-tangguh-template.csv:4: row/baris 4 (No 3), D (Jenis Kegiatan): "Pelatihan relawan" does not say which pillar',
    );
    expect(first.stdout).toContain("12 rows read: 4 imported, 2 kept back as drafts for review, 0 already there, 5 rejected, 1 blank");
    expect(first.status).toBe(1);
    expect(runCheck(root).problems).toEqual([]);
    const after = snapshot(root);
    const second = importCli(root, ["--json", fixture("tim-tangguh-template.csv")]);
    expect(JSON.parse(second.stdout)).toMatchObject({ imported: 0, keptBack: 0, duplicates: 6, rejected: 5, blank: 1 });
    expect(snapshot(root)).toEqual(after);
  });

  it("imports the good rows of a file, rejects the flagged ones and exits 1", () => {
    const root = project();
    const csv = path.join(root, "mixed.csv");
    writeFileSync(
      csv,
      "Tanggal,Kelurahan,Pilar,Jenis kegiatan,Forum,Judul,Title,Peserta,Catatan\n4 November 2024,Jombang,Kesadaran,Sosialisasi,PKK,Sosialisasi,Session,30,\n5 November 2024,Jombang,Kesadaran,Sosialisasi,PKK,Sosialisasi,Session,30,WA 0812-3456-7890\n",
    );
    const { status, stdout } = importCli(root, [csv]);
    expect(stdout).toMatch(/mixed\.csv:3: row\/baris 3, I \(Catatan\): looks like personal data \(phone number\)/);
    expect(stdout).toContain("1 imported, 0 kept back as drafts for review, 0 already there, 1 rejected");
    expect(status).toBe(1);
  });

  it("shows progress for large files on stderr only, keeping --json output clean", () => {
    const root = project();
    const { stdout, stderr } = importCli(root, ["--json", "--dry-run", bigCsv(root, 10_500)]);
    expect(JSON.parse(stdout)).toMatchObject({ total: 10_500, imported: 10_500 });
    expect(stderr).toContain("… 10000/10500 rows checked — baris diperiksa");
  });

  it("leaves every content file byte-identical when the writer fails part-way (simulated crash)", () => {
    const root = project();
    const before = snapshot(root);
    for (const point of ["stage:1", "move:1"]) {
      const { status, stderr } = importCli(root, [fixture("excel-id-semicolon.csv")], { PUSTAKA_IMPORT_FAIL_AT: point });
      expect(stderr).toContain("the import failed and was undone");
      expect(status).not.toBe(0);
      expect(snapshot(root)).toEqual(before);
    }
  });

  it.each(["stage", "move"])(
    "recovers from a real SIGKILL in the %s phase of a large import: the next run starts from the content as it was",
    async (phase) => {
      const root = project();
      const before = snapshot(root, { includeHidden: false });
      const csv = bigCsv(root, 3000);
      const child = spawn(process.execPath, ["--import", TSX_IMPORT, SCRIPT, csv], {
        cwd: root,
        env: { ...process.env, PUSTAKA_IMPORT_PAUSE_AT: `${phase}:1500` },
      });
      await new Promise<void>((resolve, reject) => {
        let seen = "";
        child.stderr.on("data", (chunk: Buffer) => {
          seen += chunk.toString();
          if (seen.includes("paused after")) {
            child.kill("SIGKILL");
            resolve();
          }
        });
        child.on("exit", () => reject(new Error(`exited before the pause: ${seen}`)));
      });
      await new Promise((resolve) => child.on("close", resolve));
      const activities = () => readdirSync(path.join(root, "content/activities")).filter((name) => !name.startsWith(".")).length;
      if (phase === "stage")
        expect(snapshot(root, { includeHidden: false })).toEqual(before); // nothing visible yet
      else expect(activities()).toBeGreaterThan(Object.keys(before).filter((f) => f.includes("activities")).length); // half moved
      // Killed while staging, nothing is visible; killed while moving, the files in place are
      // whole but the set is partial, so the check stops every build until the import is recovered.
      expect(runCheck(root).problems.map((problem) => problem.file)).toEqual(phase === "move" ? ["content/.import-journal.json"] : []);
      const recovered = importCli(root, ["--recover"]);
      expect(recovered.status).toBe(0);
      expect(snapshot(root)).toEqual(before);
      const again = importCli(root, ["--json", csv]);
      expect(JSON.parse(again.stdout)).toMatchObject({ imported: 3000, duplicates: 0 });
    },
  );

  it("refuses an unreadable file, a missing file and unknown options with exit 2", () => {
    const root = project();
    const bad = path.join(root, "bad.csv");
    writeFileSync(bad, Uint8Array.of(0x61, 0x3b, 0x62, 0x0a, 0x81));
    const refused = importCli(root, [bad]);
    expect(refused.stdout).toContain("neither UTF-8 nor Windows-1252");
    expect(refused.status).toBe(2);
    expect(importCli(root, ["nope.csv"]).status).toBe(2);
    expect(importCli(root, ["--force", bad]).stderr).toContain("unknown option --force");
  });
});
