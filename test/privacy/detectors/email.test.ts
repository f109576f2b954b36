import { describe, expect, it } from "vitest";
import { detectEmails, plainEmail } from "../../../lib/privacy/detectors/email.ts";
import { found } from "./found.ts";

describe("detectEmails", () => {
  it("finds plain addresses", () => {
    expect(found(detectEmails, "Kirim ke sari.contoh@example.com sebelum Jumat.")).toEqual(["sari.contoh@example.com"]);
    expect(found(detectEmails, "NAMA@DOMAIN.CO.ID")).toEqual(["NAMA@DOMAIN.CO.ID"]);
  });

  it("finds addresses disguised with [at], (at), [dot] and (dot)", () => {
    expect(found(detectEmails, "dewi.contoh[at]example[dot]org")).toEqual(["dewi.contoh[at]example[dot]org"]);
    expect(found(detectEmails, "budi (at) example (dot) com")).toEqual(["budi (at) example (dot) com"]);
    expect(found(detectEmails, "nama(at)domain.com")).toEqual(["nama(at)domain.com"]);
  });

  it("finds addresses written with at and dot as words", () => {
    expect(found(detectEmails, "sari at gmail dot com")).toEqual(["sari at gmail dot com"]);
    expect(found(detectEmails, "tulis ke sari at gmail.com ya")).toEqual(["sari at gmail.com"]);
  });

  it("finds an address right after the word at", () => {
    expect(found(detectEmails, "Reach the family at ahmad.contoh@example.net today")).toEqual(["ahmad.contoh@example.net"]);
  });

  it("does not read ordinary English with at as an address", () => {
    expect(detectEmails("look at example.com for details")).toEqual([]);
    expect(detectEmails("We met at the kelurahan office.")).toEqual([]);
  });

  it("does not read a handle after a word as an address", () => {
    expect(detectEmails("He follows @kajian.keras.contoh daily")).toEqual([]);
  });

  it("gives disguised and plain forms the same plain value", () => {
    expect(plainEmail("Budi [at] Contoh (dot) ID")).toBe("budi@contoh.id");
    expect(plainEmail("budi@contoh.id")).toBe("budi@contoh.id");
  });
});
