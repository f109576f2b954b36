/**
 * Labels for the values of a select: the site's own words for them (data/i18n), so editors
 * pick "Kesadaran — Awareness" rather than `awareness`, and the form and the site never differ.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

type Dictionary = Record<string, string>;

// Field or shared-definition name → the dictionary prefix the site uses for its values.
const PREFIXES: Record<string, string> = {
  concernCategory: "concern",
  reportedBy: "reporter",
  approaches: "approach",
  caseStage: "stage",
};

export interface OptionLabeller {
  /** The `{ label, value }` options of a select over `values`, named after `names` (field, then definition). */
  options(values: readonly unknown[], names: readonly (string | undefined)[]): { label: string; value: string }[];
}

/**
 * @example optionLabeller("/repo").options(["awareness"], ["pillar"]) // [{ label: "Kesadaran — Awareness", value: "awareness" }]
 */
export function optionLabeller(root: string): OptionLabeller {
  const read = (language: string) => JSON.parse(readFileSync(path.join(root, "data/i18n", `${language}.json`), "utf8")) as Dictionary;
  const id = read("id");
  const en = read("en");
  return {
    options(values, names) {
      const prefixes = names
        .filter((name): name is string => Boolean(name))
        .flatMap((name) => [name, PREFIXES[name]].filter((p): p is string => Boolean(p)));
      return values.map((raw) => {
        const value = String(raw);
        const prefix = prefixes.find((p) => id[`${p}.${value}`] !== undefined && en[`${p}.${value}`] !== undefined);
        if (!prefix) return { label: value, value };
        const [inId, inEn] = [id[`${prefix}.${value}`] as string, en[`${prefix}.${value}`] as string];
        return { label: inId === inEn ? inId : `${inId} — ${inEn}`, value };
      });
    },
  };
}
