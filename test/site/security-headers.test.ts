import { describe, expect, it } from "vitest";
import {
  ADMIN_POLICY,
  headerPatternMatches,
  headersFileText,
  headersFor,
  metaPolicyText,
  parseHeadersFile,
  policyText,
  PUBLIC_POLICY,
} from "../../lib/site/security-headers.ts";

describe("the security headers", () => {
  it("writes the public policy the issue asks for, directive by directive", () => {
    expect(policyText(PUBLIC_POLICY)).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
  });

  it("leaves frame-ancestors out of the <meta> policy, where browsers ignore it with a warning", () => {
    expect(metaPolicyText(PUBLIC_POLICY)).not.toContain("frame-ancestors");
    expect(metaPolicyText(PUBLIC_POLICY)).toContain("object-src 'none'");
  });

  it("allows no third-party script origin on the admin page either", () => {
    expect(ADMIN_POLICY["script-src"]!.every((source) => source.startsWith("'"))).toBe(true);
  });

  it("reads back exactly the rules it writes", () => {
    const rules = parseHeadersFile(headersFileText(["id", "en"]));
    expect(rules.map((rule) => rule.pattern)).toEqual(["/*", "/", "/index.html", "/404.html", "/id/*", "/en/*", "/admin/*"]);
    expect(headersFor(rules, "/en/glossary/")["Content-Security-Policy"]).toBe(policyText(PUBLIC_POLICY));
    expect(headersFor(rules, "/admin/config.yml")["Content-Security-Policy"]).toBe(policyText(ADMIN_POLICY));
  });

  it("matches a pattern's star across slashes and nothing else loosely", () => {
    expect(headerPatternMatches("/id/*", "/id/modul/x/")).toBe(true);
    expect(headerPatternMatches("/", "/id/")).toBe(false);
    expect(headerPatternMatches("/index.html", "/indexxhtml")).toBe(false);
  });
});
