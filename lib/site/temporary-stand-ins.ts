// TEMPORARY: stand-ins for the lead's lib/content/load-content.ts, lib/content/publication.ts and
// lib/markdown/render-markdown.ts, with the same signatures, so the site can be built before
// they land. Delete this file and switch the imports when the real modules exist.
import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import MarkdownIt from "markdown-it";
import { CONTENT_TYPES } from "../content/content-types.ts";
import type { Entry, LoadedContent } from "../content/entry.ts";

export function loadContent(root: string): LoadedContent {
  const entries: Entry[] = [];
  for (const type of CONTENT_TYPES) {
    const dirs = type.perLanguage ? (["id", "en"] as const).map((lang) => ({ lang, dir: path.join(root, type.folder, lang) })) : [{ lang: undefined, dir: path.join(root, type.folder) }];
    for (const { lang, dir } of dirs) {
      if (!fs.existsSync(dir)) continue;
      for (const name of fs.readdirSync(dir).sort()) {
        const ext = type.format === "markdown" ? ".md" : ".json";
        if (!name.endsWith(ext)) continue;
        const full = path.join(dir, name);
        if (!fs.statSync(full).isFile()) continue;
        const text = fs.readFileSync(full, "utf8");
        let data: Record<string, unknown>;
        if (type.format === "markdown") {
          const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
          if (!match) throw new Error(`${full}: no front matter`);
          data = { ...(yaml.load(match[1] ?? "", { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>), body: match[2] ?? "" };
        } else {
          data = JSON.parse(text) as Record<string, unknown>;
        }
        const entry: Entry = { type: type.name, slug: name.slice(0, -ext.length), file: path.relative(root, full).split(path.sep).join("/"), data };
        if (lang) entry.lang = lang;
        entries.push(entry);
      }
    }
  }
  return { entries, problems: [] };
}

export function isPublished(entry: Entry): boolean {
  if (entry.data.draft === true) return false;
  if (entry.type === "case-study") return entry.data.status === "published";
  return true;
}

const md = new MarkdownIt({ html: false, linkify: false });
export function renderMarkdown(markdown: string): string {
  return md.render(markdown);
}
