import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMPTY_ALLOW_LIST } from "../helpers/allow-lists.ts";
import type { PrivacyAllowList } from "../../lib/types/content.generated.ts";
import { loadAllowList } from "../../lib/privacy/load-allow-list.ts";
import { screenFile } from "../../lib/privacy/screen-file.ts";
import { screenText } from "../../lib/privacy/screen-text.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

const allowList = loadAllowList(REPO_ROOT);
const kinds = (text: string, list: PrivacyAllowList = allowList) => screenText(text, list).map((f) => f.kind);
const EMPTY = EMPTY_ALLOW_LIST;

describe("screenText", () => {
  it("reports kind, line, column, masked value and fingerprint, never the value", () => {
    const text = "Catatan:\nHubungi Pak Rahmat di 0812-3456-7890";
    const findings = screenText(text, allowList);
    expect(findings).toMatchObject([
      { kind: "person-name", line: 2, column: 13, masked: "R••••" },
      { kind: "phone", line: 2, column: 23, masked: "08••••••••90" },
    ]);
    expect(JSON.stringify(findings)).not.toContain("Rahmat");
    expect(JSON.stringify(findings)).not.toContain("3456");
  });

  it("does not flag role words after an honorific, because the allow-list names them", () => {
    expect(kinds("Ibu Lurah membuka acara, lalu Pak RT menjelaskan jadwal ronda.")).toEqual([]);
    expect(kinds("Bu Camat Pamulang hadir; Pak Ustadz menutup dengan doa.")).toEqual([]);
    expect(kinds("Ibu Lurah membuka acara", EMPTY)).toEqual(["person-name"]);
  });

  it("still finds a name after a role word", () => {
    expect(screenText("Pak Ustadz Rahmat", allowList)).toMatchObject([{ kind: "person-name", column: 12 }]);
  });

  it("does not flag honorifics used as common nouns listed in the allow-list", () => {
    for (const text of [
      "Rencana pemindahan Ibu Kota dibahas.",
      "Seorang ibu anggota majelis taklim bercerita.",
      "Ibu rumah tangga ikut kelas.",
      "ibu-ibu PKK dan bapak-bapak",
      "Ibu kos tidak tahu.",
    ]) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it("does not flag forms of address in the ordinary phrases and roles the allow-list names", () => {
    for (const text of [
      "Kakak Kelas membantu Adik Kelas; Kakak Tingkat dan Adik Tingkat ikut lomba.",
      "Kakak Pembina Pramuka hadir bersama Bapak Ibu Peserta.",
      "Tuan Rumah: Kelurahan Jombang",
      "Warga yang masih percaya mbah dukun; Mbah Dukun didatangi warga.",
      "Tanya Mbah Google dulu sebelum percaya hoaks.",
      "Mbah Putri tinggal bersama cucunya; mbah kakung juga.",
      "Es Teh Manis dan pisang rebus disajikan.",
      "Hibah dari Uni Eropa; delegasi dari Uni Emirat Arab.",
      "Pelatihan Ms Word dan Ms. Excel untuk kader.",
      "Kang Parkir itu anggota Linmas; kang ojek ikut ronda.",
      "Pak Mantri dan Bu Bidan Desa datang bersama.",
      "Om Swastiastu, salam pembuka.",
      "There was a loud bang near the mosque.",
      "Sister City programme with Bogor",
      "Old Uncle Sam posters; Miss Universe contest",
      "Jamaah haji berangkat; Haji Mabrur.",
      "Nenek Moyang Warga Kampung Itu",
      "Mr President, thank you.",
      "Penerbangan ke Abu Dhabi (HR. Abu Dawud)",
    ]) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it("still finds a name after a role word the allow-list names", () => {
    expect(screenText("Bu Bidan Yanti dan Kakak Pembina Rina", allowList)).toMatchObject([
      { kind: "person-name", masked: "Y••••" },
      { kind: "person-name", masked: "R••••" },
    ]);
    expect(kinds("Kang Parkir itu anggota Linmas", EMPTY)).toEqual(["person-name"]);
  });

  it("does not flag public numbers, places and institutions", () => {
    expect(kinds("Keputusan 339.05/Kep.173-Huk/2023; Perpres No. 7 Tahun 2021; UU No. 27 Tahun 2022.")).toEqual([]);
    expect(kinds("BNPT, Kesbangpol, FKPT, Densus 88 dan Yayasan Empatiku di Kelurahan Muncul, Kecamatan Setu.")).toEqual([]);
  });

  it("does not flag a public figure listed by name and role", () => {
    const list: PrivacyAllowList = { ...EMPTY, publicFigures: [{ name: "Contoh Pejabat", role: "Wali Kota (contoh)" }] };
    expect(kinds("Sambutan Bapak Contoh Pejabat", list)).toEqual([]);
    expect(kinds("Sambutan Bapak Contoh Pejabat")).toEqual(["person-name"]);
  });

  it("lets a reviewer allow one finding by its fingerprint, and only that one", () => {
    const text = "Pak Rahmat dan Pak Darto";
    const [first] = screenText(text, allowList);
    const rest = screenText(text, allowList, { allowedFingerprints: new Set([first?.fingerprint ?? ""]) });
    expect(rest).toMatchObject([{ kind: "person-name", masked: "D••••" }]);
  });

  it("merges overlapping findings into one", () => {
    expect(kinds("wa.me/6281234567890")).toEqual(["social-handle"]);
    expect(kinds("Pak Ahmad bin Yusuf")).toEqual(["person-name"]);
  });
});

describe("the shipped sample content", () => {
  const files = readdirSync(path.join(REPO_ROOT, "content"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)));

  it("is there to be screened", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("produces no finding, read as plain text or field by field", () => {
    const findings = files.flatMap((file) => {
      const text = readFileSync(path.join(REPO_ROOT, file), "utf8");
      return [...screenText(text, allowList), ...screenFile(file, text, allowList)].map(
        (f) => `${file}:${f.line}:${f.column}: ${f.kind} ${f.masked}`,
      );
    });
    expect(findings).toEqual([]);
  });
});
