import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT, removeTree, writeTree } from "../../support/content-tree.ts";

const TSX = new URL("../../node_modules/tsx/dist/loader.mjs", import.meta.url).href;
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));

// Invented identifiers: kecamatan 99 does not exist in Kota Tangerang Selatan, and the phone
// number and e-mail address are made up.
const NIK = "3674991507909001";
const PHONE = "0812-3456-7890";
const EMAIL = "putri.contoh@example.id";
const SECRETS = [NIK, PHONE, "3456", EMAIL, "putri", "Rahmat"];

/** Runs `npm run pii` as an editor would, on files written into a fresh folder. */
function runPii(files: Record<string, string | Uint8Array>, args: string[]) {
  const root = writeTree(files);
  roots.push(root);
  const result = spawnSync(process.execPath, ["--import", TSX, path.join(REPO_ROOT, "scripts/pii.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dirty = {
  "catatan.md": `---\ntitle: Catatan\n---\n\n## Isi\n\nHubungi Pak Rahmat di ${PHONE}.\n<!-- NIK ${NIK} -->\n`,
  "data.json": `{\n  "note": "kirim ke ${EMAIL}",\n  "ok": "Ibu Kota"\n}\n`,
  "rows.csv": `nama,catatan\nx,"telp ${PHONE}"\n`,
};

describe("npm run pii", () => {
  it("exits 0 and says so in both languages when the files are clean", () => {
    const { status, stdout } = runPii(
      {
        "bersih.md": "## Catatan\n\nIbu-ibu PKK di Kelurahan Muncul bertemu Ibu Lurah pada 4 November 2024.\n",
        "data.csv": "tahun,peserta\n2024,42\n",
      },
      ["bersih.md", "data.csv"],
    );
    expect(stdout).toContain("no personal data found in 2 files — tidak ditemukan data pribadi di 2 berkas");
    expect(status).toBe(0);
  });

  it("exits 1 and names file, line, column, kind and masked value for every finding", () => {
    const { status, stdout } = runPii(dirty, ["catatan.md", "data.json", "rows.csv"]);
    expect(status).toBe(1);
    expect(stdout.split("\n")).toEqual(
      expect.arrayContaining([
        "catatan.md:7:13: person-name R••••",
        "catatan.md:7:23: phone 08••••••••90",
        "catatan.md:8:10: nik 3674••••••••9001",
        "data.json:2:21: email p•••@•••.id",
        "rows.csv:2:9: phone 08••••••••90",
      ]),
    );
    expect(stdout).toContain("5 possible personal data in 3 files — 5 kemungkinan data pribadi di 3 berkas");
  });

  it("prints a JSON array of {file, line, column, kind, masked} with --json", () => {
    const { status, stdout } = runPii(dirty, ["--json", "data.json", "catatan.md"]);
    expect(status).toBe(1);
    const findings = JSON.parse(stdout) as unknown[];
    expect(findings).toEqual([
      { file: "data.json", line: 2, column: 21, kind: "email", masked: "p•••@•••.id" },
      { file: "catatan.md", line: 7, column: 13, kind: "person-name", masked: "R••••" },
      { file: "catatan.md", line: 7, column: 23, kind: "phone", masked: "08••••••••90" },
      { file: "catatan.md", line: 8, column: 10, kind: "nik", masked: "3674••••••••9001" },
    ]);
  });

  it("prints an empty JSON array and exits 0 for clean files with --json", () => {
    const { status, stdout } = runPii({ "ok.txt": "Tim Tangguh bertemu BNPT." }, ["--json", "ok.txt"]);
    expect(JSON.parse(stdout)).toEqual([]);
    expect(status).toBe(0);
  });

  it("never prints the full value, on stdout or stderr, in either output form", () => {
    for (const args of [
      ["catatan.md", "data.json", "rows.csv"],
      ["--json", "catatan.md", "data.json", "rows.csv"],
    ]) {
      const { stdout, stderr } = runPii(dirty, args);
      for (const secret of SECRETS) {
        expect(stdout, secret).not.toContain(secret);
        expect(stderr, secret).not.toContain(secret);
      }
    }
  });

  it("exits 2 and names the file, in English and Indonesian, when a file cannot be read", () => {
    const { status, stderr, stdout } = runPii(dirty, ["catatan.md", "hilang.md"]);
    expect(status).toBe(2);
    expect(stderr).toContain("hilang.md: does not exist — hilang.md: tidak ada");
    expect(stdout).toContain("catatan.md:7:23: phone 08••••••••90");
  });

  it("exits 2 for a folder and for bytes that are not UTF-8", () => {
    expect(runPii({ "sub/x.md": "" }, ["sub"])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("sub: is not a file — sub: bukan berkas"),
    });
    expect(runPii({ "latin1.txt": new Uint8Array([0x4e, 0x49, 0x4b, 0xff, 0xfe]) }, ["latin1.txt"])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("latin1.txt: is not UTF-8 text — latin1.txt: bukan teks UTF-8"),
    });
  });

  it("exits 2 with the usage when no file is given", () => {
    const { status, stderr } = runPii({}, []);
    expect(status).toBe(2);
    expect(stderr).toContain("usage: npm run pii -- [--json] FILE...");
  });
});
