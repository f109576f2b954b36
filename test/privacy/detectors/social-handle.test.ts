import { describe, expect, it } from "vitest";
import { detectSocialHandles } from "../../../lib/privacy/detectors/social-handle.ts";
import { found } from "./found.ts";

describe("detectSocialHandles", () => {
  it("finds @handles", () => {
    expect(found(detectSocialHandles, "akun @bang_jago99 setiap malam")).toEqual(["@bang_jago99"]);
    expect(found(detectSocialHandles, "He follows @kajian.keras.contoh daily.")).toEqual(["@kajian.keras.contoh"]);
  });

  it("finds profile addresses on the common platforms, with or without https://", () => {
    expect(found(detectSocialHandles, "Link profilnya: instagram.com/rina.contoh.22")).toEqual(["instagram.com/rina.contoh.22"]);
    expect(found(detectSocialHandles, "https://www.facebook.com/lestari.contoh.7 is public.")).toEqual([
      "https://www.facebook.com/lestari.contoh.7",
    ]);
    expect(found(detectSocialHandles, "tiktok.com/@sigit_contoh")).toEqual(["tiktok.com/@sigit_contoh"]);
    expect(found(detectSocialHandles, "t.me/bayu_contoh, wa.me/6281234567890, x.com/contoh_akun, youtube.com/@kanal.contoh")).toEqual([
      "t.me/bayu_contoh",
      "wa.me/6281234567890",
      "x.com/contoh_akun",
      "youtube.com/@kanal.contoh",
    ]);
  });

  it("finds user names given after a platform name and a colon", () => {
    expect(found(detectSocialHandles, "IG: budi_santoso99")).toEqual(["budi_santoso99"]);
  });

  it("leaves e-mail addresses, words and other sites alone", () => {
    expect(detectSocialHandles("tim@example.org")).toEqual([]);
    expect(detectSocialHandles("akun Instagram: tidak ada")).toEqual([]);
    expect(detectSocialHandles("kunjungi www.example.org/kontak atau box.com/file")).toEqual([]);
  });

  it("leaves CSS at-rules, documentation tags and package names alone", () => {
    expect(detectSocialHandles("@media print { } @layer base; @example x @minItems 1 import '@11ty/eleventy'")).toEqual([]);
  });
});
