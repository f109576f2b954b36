/**
 * Extra word forms indexed with a page, from the glossary, because Pagefind's Indonesian
 * stemmer leaves most affixed forms alone (bersosialisasi is not found by sosialisasi, nor
 * deradikalisasi by radikal; `npm run measure:stemming` prints what it misses) and because
 * local terms must be findable in both languages (a delegate types "arisan" or
 * "majelis taklim" on the English site).
 *
 * A page that uses a glossary term gets every form of it: the term and its written-out form in
 * both languages and the editors' keywords (content/glossary/*.json). A page uses a term when
 * it lists it (modules and case studies have glossaryTerms) or when its text contains any
 * form of it (an activity note that says "radikalisme" then answers "radikalisasi" too). The
 * glossary page gets the forms of every term.
 */
import type { SiteContext } from "./site-context.ts";
import type { SitePage } from "./types.ts";

/**
 * Every form of the glossary terms `slugs`, each once, in a stable order. Unknown or
 * unpublished terms give nothing.
 * @example glossaryForms(context, ["sosialisasi"]) // ["sosialisasi", "socialisation", "bersosialisasi", "mensosialisasikan", …]
 */
export function glossaryForms(context: SiteContext, slugs: readonly string[]): string[] {
  const forms = new Map<string, string>();
  const add = (form: string | undefined) => {
    const clean = form?.trim();
    // The first spelling met wins: the term as written, before keywords that differ only in case.
    if (clean && !forms.has(clean.toLocaleLowerCase("id"))) forms.set(clean.toLocaleLowerCase("id"), clean);
  };
  for (const slug of slugs) {
    const entry = context.glossary.get(slug);
    if (!entry) continue;
    for (const lang of context.languages) add(entry.data.term[lang]);
    for (const lang of context.languages) add(entry.data.expansion?.[lang]);
    for (const keyword of entry.data.keywords ?? []) add(keyword);
  }
  return [...forms.values()];
}

/** Fields of a page model that are addresses, codes or search data, not text a reader reads. */
const NOT_TEXT = new Set(["url", "slug", "lang", "type", "section", "anchor", "alternates", "missingTranslations", "inSitemap", "search"]);

/**
 * The text of a page model: every string in it, except addresses and codes, tags removed.
 * @example pageText({ url: "/id/x/", title: "Arisan", bodyHtml: "<p>Rukun</p>" }) // "Arisan\n Rukun "
 */
export function pageText(value: unknown): string {
  if (typeof value === "string") return value.replace(/<[^>]*>/g, " ");
  if (Array.isArray(value)) return value.map(pageText).join("\n");
  if (value && typeof value === "object") {
    return Object.entries(value)
      .filter(([key]) => !NOT_TEXT.has(key))
      .map(([, field]) => pageText(field))
      .join("\n");
  }
  return "";
}

/**
 * Matchers of the glossary's terms: `terms`, one per term, any of its forms as a whole word
 * whatever the case, sticky so it is tried at one place; `anyForm`, every form of every term in
 * one pattern, to find those places. A term is used wherever one of its forms matches, and any
 * form that matches somewhere makes `anyForm` match there too: one pass of `anyForm` over a
 * page, then each term tried at the few places it found, gives exactly the terms that testing
 * each term over the whole page gives, about 40 times faster (that was 4 of the 5 s of the site
 * model at 5,000 records).
 */
interface TermMatchers {
  anyForm: RegExp;
  terms: { slug: string; at: RegExp }[];
}

const matchers = new WeakMap<SiteContext, TermMatchers>();

function termMatchers(context: SiteContext): TermMatchers {
  let found = matchers.get(context);
  if (!found) {
    const escaped = (slugs: string[]) => glossaryForms(context, slugs).map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const wholeWord = (forms: string[], flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join("|")})(?![\\p{L}\\p{N}])`, flags);
    const slugs = [...context.glossary.keys()];
    found = {
      anyForm: wholeWord(escaped(slugs), "giu"),
      terms: slugs.map((slug) => ({ slug, at: wholeWord(escaped([slug]), "iuy") })),
    };
    matchers.set(context, found);
  }
  return found;
}

/**
 * Glossary terms a text uses: any of a term's forms appears in it as a whole word.
 * @example termsUsedIn(context, "Sesi di majelis taklim") // ["majelis-taklim"]
 */
export function termsUsedIn(context: SiteContext, text: string): string[] {
  const { anyForm, terms } = termMatchers(context);
  if (terms.length === 0) return [];
  const used = new Set<string>();
  // Every place where some form matches, overlapping ones too ("majelis taklim" and "taklim").
  for (let match = matchAt(anyForm, text, 0); match !== null; match = matchAt(anyForm, text, nextPlace(text, match.index))) {
    for (const { slug, at } of terms) {
      if (used.has(slug)) continue;
      at.lastIndex = match.index;
      if (at.test(text)) used.add(slug);
    }
  }
  return terms.filter(({ slug }) => used.has(slug)).map(({ slug }) => slug);
}

function matchAt(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}

/** The place after the character at `index` (a whole character, also outside the Basic Multilingual Plane). */
function nextPlace(text: string, index: number): number {
  return index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}

/**
 * The keywords indexed with a page: the forms of the glossary terms it uses.
 * @example pageKeywords(context, glossaryPage).includes("bersosialisasi") // true
 */
export function pageKeywords(context: SiteContext, page: SitePage): string[] {
  if (page.type === "glossary") return glossaryForms(context, [...context.glossary.keys()]);
  const listed = page.type === "module" || page.type === "case-study" ? page.glossaryTerms.map((term) => term.slug) : [];
  return glossaryForms(context, [...new Set([...listed, ...termsUsedIn(context, pageText(page))])]);
}
