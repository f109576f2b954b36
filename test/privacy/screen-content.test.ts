import { afterEach, describe, expect, it } from "vitest";
import { formatProblems, runCheck } from "../../lib/build/check-content.ts";
import { removeTree, validTree, writeTree } from "../../support/content-tree.ts";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));

function check(change: (tree: Record<string, string>) => void) {
  const tree = validTree();
  change(tree);
  const root = writeTree(tree);
  roots.push(root);
  return runCheck(root);
}

const CASE = "content/case-studies/id/remaja.md";
// Invented identifiers, structurally valid: the screen must find them.
const PHONE = "0812-3456-7890";
const NIK = "3674015708900003";

describe("the personal-data screen in the check", () => {
  it("reports an identifier in a case study with file, field, line, kind and a masked value", () => {
    const result = check((t) => {
      t[CASE] = t[CASE]!.replace("outcome: Keluarga kembali terlibat.", `outcome: Keluarga dapat dihubungi di ${PHONE}.`);
    });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: CASE,
        field: "outcome",
        line: 15,
        message: expect.objectContaining({
          en: expect.stringMatching(/^looks like personal data \(phone number\) at column \d+: 08•+90\./),
        }),
      }),
    ]);
  });

  it("never prints the full value anywhere in the report", () => {
    const result = check((t) => {
      t[CASE] = t[CASE]!.replace(
        "## Bagian",
        `## Bagian\n\n<!-- NIK ${NIK}, HP ${PHONE} -->\n\n[catatan]: https://example.org "Pak Rahmat ${PHONE}"`,
      );
    });
    const report = formatProblems(result.problems).join("\n");
    expect(result.problems.filter((p) => p.field === "body").length).toBeGreaterThanOrEqual(3);
    expect(report).not.toContain(NIK);
    expect(report).not.toContain(PHONE);
    expect(report).not.toContain(PHONE.replace(/-/g, ""));
    expect(report).not.toContain("Rahmat");
  });

  it("screens hidden places too: HTML comments and unused link definitions in the body", () => {
    const result = check((t) => {
      t[CASE] = t[CASE]!.replace("## Bagian", `## Bagian\n\n<!-- HP ${PHONE} -->`);
    });
    expect(result.problems).toEqual([
      expect.objectContaining({ field: "body", message: expect.objectContaining({ en: expect.stringContaining("phone number") }) }),
    ]);
  });

  it("screens every string of a JSON file, naming the nested field", () => {
    const result = check((t) => {
      t["content/activities/2024-11-05-jombang-sosialisasi.json"] = t["content/activities/2024-11-05-jombang-sosialisasi.json"]!.replace(
        '"Awareness session at a majelis taklim"',
        '"Awareness session at Jl. Melati No. 12"',
      );
    });
    expect(result.problems).toEqual([
      expect.objectContaining({ field: "title.en", message: expect.objectContaining({ en: expect.stringContaining("street address") }) }),
    ]);
  });

  it("screens files that have other problems too, so one pass shows everything", () => {
    const result = check((t) => {
      t[CASE] = t[CASE]!.replace("period: 2023-Q2\n", "period: 14 Juni 2023\n").replace(
        "outcome: Keluarga kembali terlibat.",
        `outcome: Hubungi ${PHONE}.`,
      );
    });
    expect(result.problems.map((p) => p.field).sort()).toEqual(["outcome", "period"]);
  });

  it("lets a reviewer allow one finding by its fingerprint, with a role and a reason", () => {
    const first = check((t) => {
      t[CASE] = t[CASE]!.replace("outcome: Keluarga kembali terlibat.", `outcome: Layanan pengaduan publik ${PHONE}.`);
    });
    const fingerprint = /fingerprint ([0-9a-f]{12})/.exec(first.problems[0]!.message.en)![1]!;
    const allowed = check((t) => {
      t[CASE] = t[CASE]!.replace("outcome: Keluarga kembali terlibat.", `outcome: Layanan pengaduan publik ${PHONE}.`).replace(
        "status: published",
        `status: published\nprivacyExceptions:\n  - fingerprint: "${fingerprint}"\n    kind: phone\n    reviewerRole: Koordinator program\n    reason: Nomor layanan publik, bukan nomor pribadi\n    reviewedOn: 2024-11-20`,
      );
    });
    expect(allowed.problems).toEqual([]);
  });

  it("allows only the reviewed finding, not a second identifier of the same kind", () => {
    const first = check((t) => {
      t[CASE] = t[CASE]!.replace("outcome: Keluarga kembali terlibat.", `outcome: Layanan publik ${PHONE}.`);
    });
    const fingerprint = /fingerprint ([0-9a-f]{12})/.exec(first.problems[0]!.message.en)![1]!;
    const result = check((t) => {
      t[CASE] = t[CASE]!.replace("outcome: Keluarga kembali terlibat.", `outcome: Layanan publik ${PHONE}, atau 0813-9876-5432.`).replace(
        "status: published",
        `status: published\nprivacyExceptions:\n  - { fingerprint: "${fingerprint}", kind: phone, reviewerRole: Koordinator program, reason: Nomor layanan publik, reviewedOn: 2024-11-20 }`,
      );
    });
    expect(result.problems).toEqual([
      expect.objectContaining({ field: "outcome", message: expect.objectContaining({ en: expect.stringContaining("08•") }) }),
    ]);
  });

  it("reports an exception that matches nothing, so stale ones do not pile up", () => {
    const result = check((t) => {
      t[CASE] = t[CASE]!.replace(
        "status: published",
        "status: published\nprivacyExceptions:\n  - { fingerprint: 0123456789ab, kind: phone, reviewerRole: Koordinator program, reason: Nomor layanan publik, reviewedOn: 2024-11-20 }",
      );
    });
    expect(result.problems).toEqual([
      expect.objectContaining({
        field: "privacyExceptions.0",
        message: expect.objectContaining({ en: expect.stringContaining("matches no finding") }),
      }),
    ]);
  });

  it("refuses to pass silently when the allow-list is missing", () => {
    const result = check((t) => {
      delete t["data/privacy/allow-list.json"];
    });
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: "data/privacy/allow-list.json",
        message: expect.objectContaining({ en: expect.stringContaining("no content was screened") }),
      }),
    ]);
  });

  it("does not screen machine-written fingerprints, whose digit runs can look like a NIK", () => {
    const result = check((t) => {
      t["content/activities/2024-11-05-jombang-sosialisasi.json"] = t["content/activities/2024-11-05-jombang-sosialisasi.json"]!.replace(
        '"source": {\n    "kind": "cms"\n  }',
        `"source": {\n    "kind": "csv",\n    "hash": "${"3674015708900003".padEnd(64, "a")}"\n  }`,
      );
    });
    expect(result.problems).toEqual([]);
  });
});
