// The committed TypeScript types must be what the schemas generate today.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { GENERATED_TYPES_FILE, generateContentTypes } from "../../lib/schema/generate-types.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const committed = readFileSync(path.join(root, GENERATED_TYPES_FILE), "utf8");

/** Undefined when the generated source equals the committed file; otherwise what to do about it. */
function stalenessMessage(generated: string, current: string): string | undefined {
  if (generated === current) return undefined;
  const want = generated.split("\n");
  const have = current.split("\n");
  const index = want.findIndex((line, i) => line !== have[i]);
  const line = index === -1 ? have.length : index + 1;
  return [
    `${GENERATED_TYPES_FILE} does not match the schemas in schemas/ (first difference at line ${line}).`,
    `Run \`npm run types\` and commit the regenerated file.`,
    `  schemas give:  ${JSON.stringify(want[line - 1] ?? "(end of file)")}`,
    `  committed has: ${JSON.stringify(have[line - 1] ?? "(end of file)")}`,
  ].join("\n");
}

describe("the generated content types", () => {
  let scratch: string | undefined;
  afterEach(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    scratch = undefined;
  });

  it("match the committed lib/types/content.generated.ts", async () => {
    const message = stalenessMessage(await generateContentTypes(root), committed);
    expect(message, message).toBeUndefined();
  });

  it("are reported as stale when a schema gains a property the committed file lacks", async () => {
    scratch = mkdtempSync(path.join(tmpdir(), "pustaka-types-"));
    cpSync(path.join(root, "schemas"), path.join(scratch, "schemas"), { recursive: true });
    const teamFile = path.join(scratch, "schemas/team.schema.json");
    const team = JSON.parse(readFileSync(teamFile, "utf8")) as { properties: Record<string, unknown> };
    team.properties.meetingDay = { title: "Usual meeting day", type: "string" };
    writeFileSync(teamFile, JSON.stringify(team, null, 2));

    const generated = await generateContentTypes(scratch);
    expect(generated).toMatch(/meetingDay\?: string;/);
    expect(stalenessMessage(generated, committed)).toContain("npm run types");
  });
});
