import type { ErrorObject } from "ajv";
import type { Bilingual } from "../content/entry.ts";

/** Keys Eleventy gives a meaning to. The project sets them itself; editors never may. */
export const RESERVED_KEYS = new Set([
  "permalink",
  "layout",
  "eleventyComputed",
  "eleventyExcludeFromCollections",
  "eleventyImport",
  "eleventyNavigation",
  "eleventyDataSchema",
  "eleventyAllowMissingExtension",
  "pagination",
  "tags",
  "templateEngineOverride",
  "dynamicPermalink",
  "permalinkBypassOutputDir",
]);

export interface ExplainedError {
  /** Dotted field path, e.g. `steps.2.period`; "" for the whole entry. */
  field: string;
  message: Bilingual;
}

// Messages for the patterns our schemas use, so editors read "must look like 2024-Q3" instead
// of a regular expression. A pattern missing here falls back to the field's description.
const PATTERN_MESSAGES: Record<string, Bilingual> = {
  "^(19|20)[0-9]{2}(-Q[1-4])?$": {
    en: "must be a year or a quarter, like 2024 or 2024-Q3",
    id: "harus berupa tahun atau triwulan, misalnya 2024 atau 2024-Q3",
  },
  "^(19|20)[0-9]{2}$": { en: "must be a four-digit year, like 2024", id: "harus tahun empat angka, misalnya 2024" },
  "^[a-z0-9]+(-[a-z0-9]+)*$": {
    en: "must be a short name of lower-case letters, digits and hyphens, like benda-baru",
    id: "harus nama pendek dari huruf kecil, angka dan tanda hubung, misalnya benda-baru",
  },
  "^[^\\n]*\\S[^\\n]*$": {
    en: "must be one line of text (no line breaks, not blank)",
    id: "harus satu baris teks (tanpa ganti baris, tidak kosong)",
  },
  "\\S": { en: "must not be blank", id: "tidak boleh kosong" },
  "^[0-9a-f]{64}$": { en: "must be a 64-character content fingerprint", id: "harus sidik konten 64 karakter" },
  "^https?://[^/]+(/.*[^/])?$": {
    en: "must be a web address starting with http:// or https://, without a slash at the end",
    id: "harus alamat web yang diawali http:// atau https://, tanpa garis miring di akhir",
  },
  "^[^\\s].*[^\\s]$": { en: "must not start or end with a space", id: "tidak boleh diawali atau diakhiri spasi" },
  // A historical figure's form: a title and a name, never a bare name that a living namesake shares.
  "^[^\\s].*\\s.*[^\\s]$": {
    en: "must be a title and a name, like KH. Ahmad Dahlan, not a name alone, and not start or end with a space",
    id: "harus gelar dan nama, misalnya KH. Ahmad Dahlan, bukan nama saja, dan tidak boleh diawali atau diakhiri spasi",
  },
  "^https?://": {
    en: "must be a web address starting with http:// or https://",
    id: "harus alamat web yang diawali http:// atau https://",
  },
  "^(19|20)[0-9]{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$": {
    en: "must be a year, a month or a date, like 2019, 2024-12 or 2024-11-04",
    id: "harus tahun, bulan atau tanggal, misalnya 2019, 2024-12 atau 2024-11-04",
  },
};

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { en: "text", id: "teks" },
  integer: { en: "a whole number", id: "bilangan bulat" },
  number: { en: "a number", id: "angka" },
  boolean: { en: "yes or no (true/false)", id: "ya atau tidak (true/false)" },
  array: { en: "a list", id: "daftar" },
  object: { en: "a group of fields", id: "kelompok kolom" },
  null: { en: "empty", id: "kosong" },
};

/**
 * Rewrites Ajv's errors into one plain-language message per problem, in English and
 * Indonesian, with the field written as a dotted path. Errors that only repeat another
 * (`if`, the wrapper of a failed `then`) are dropped, and identical messages are merged.
 * @example explainErrors(validate.errors ?? [])[0] // { field: "period", message: { en: "must be a year or …", id: "…" } }
 */
export function explainErrors(errors: readonly ErrorObject[]): ExplainedError[] {
  // Errors raised while `contains` looks for a matching item ("step 1 must be resolved") are
  // the search, not the problem; the `contains` error itself says what is missing.
  const relevant = errors.filter((error) => !error.schemaPath.includes("/contains/"));
  // One message per field, the most useful one: Ajv may report that an empty one-line field is
  // both too short and not one line, or a title that is too long against two limits.
  const ranked = [...relevant].sort((a, b) => rank(a) - rank(b) || limit(a) - limit(b));
  const byField = new Map<string, ExplainedError>();
  for (const error of ranked) {
    const result = explainOne(error);
    if (result && !byField.has(result.field)) byField.set(result.field, result);
  }
  // Report in the order of the document, as Ajv found them.
  const order = relevant.map((error) => explainOne(error)?.field);
  return [...byField.values()].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

const RANK = [
  "required",
  "additionalProperties",
  "enum",
  "const",
  "type",
  "format",
  "minLength",
  "maxLength",
  "pattern",
  "minimum",
  "maximum",
];

function rank(error: ErrorObject): number {
  const index = RANK.indexOf(error.keyword);
  return index === -1 ? RANK.length : index;
}

/** For limits such as maxLength, the tightest one is the one to tell. */
function limit(error: ErrorObject): number {
  const value = (error.params as { limit?: unknown }).limit;
  return typeof value === "number" ? value : 0;
}

function explainOne(error: ErrorObject): ExplainedError | undefined {
  const path = error.instancePath.split("/").slice(1).map(unescapePointer);
  if (error.keyword === "propertyNames") return undefined; // its inner error names the key
  if (error.propertyName !== undefined) {
    const key = [...path, error.propertyName].join(".");
    return {
      field: key,
      message: {
        en: "is not a valid key: use lower-case words joined by dots, like nav.home or pillar.awareness",
        id: "bukan kunci yang sah: gunakan kata huruf kecil yang dipisah titik, misalnya nav.home atau pillar.awareness",
      },
    };
  }
  const field = path.join(".");
  const params = error.params as Record<string, unknown>;
  const say = (en: string, id: string): ExplainedError => ({ field, message: { en, id } });
  const child = (name: string) => (field ? `${field}.${name}` : name);

  switch (error.keyword) {
    case "if":
      return undefined;
    case "required": {
      const name = String(params.missingProperty);
      return { field: child(name), message: { en: "is required", id: "wajib diisi" } };
    }
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      if (field === "" && RESERVED_KEYS.has(name)) {
        return {
          field: name,
          message: {
            en: "is set by the site, not by editors (page addresses, layouts and lists are decided by the project). Remove this field.",
            id: "diatur oleh situs, bukan oleh editor (alamat halaman, tata letak dan daftar ditentukan proyek). Hapus kolom ini.",
          },
        };
      }
      return {
        field: child(name),
        message: {
          en: "is not a known field. Check the spelling or remove it.",
          id: "bukan kolom yang dikenal. Periksa ejaannya atau hapus.",
        },
      };
    }
    case "type": {
      const wanted = String(params.type)
        .split(",")
        .map((t) => TYPE_NAMES[t] ?? { en: t, id: t });
      return say(`must be ${wanted.map((w) => w.en).join(" or ")}`, `harus berupa ${wanted.map((w) => w.id).join(" atau ")}`);
    }
    case "enum": {
      const values = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ");
      return say(`must be one of: ${values}`, `harus salah satu dari: ${values}`);
    }
    case "const": {
      if (params.allowedValue === true) {
        return say("must be ticked before the entry can be published", "harus dicentang sebelum entri dapat diterbitkan");
      }
      const value = JSON.stringify(params.allowedValue);
      return say(`must be ${value}`, `harus ${value}`);
    }
    case "format":
      return explainFormat(String(params.format), say);
    case "pattern": {
      const known = PATTERN_MESSAGES[String(params.pattern)];
      if (known) return { field, message: known };
      const hint = describe(error.parentSchema);
      return say(
        `does not have the expected form${hint ? `: ${hint}` : ""}`,
        `tidak sesuai bentuk yang diharapkan${hint ? `: ${hint}` : ""}`,
      );
    }
    case "minLength":
      return Number(params.limit) <= 1
        ? say("must not be empty", "tidak boleh kosong")
        : say(`must be at least ${params.limit} characters`, `minimal ${params.limit} karakter`);
    case "maxLength": {
      const length = typeof error.data === "string" ? error.data.length : undefined;
      const now = length === undefined ? "" : ` (now ${length})`;
      const sekarang = length === undefined ? "" : ` (sekarang ${length})`;
      return say(`is too long: at most ${params.limit} characters${now}`, `terlalu panjang: maksimal ${params.limit} karakter${sekarang}`);
    }
    case "minimum":
      return say(`must be at least ${params.limit}`, `minimal ${params.limit}`);
    case "maximum":
      return say(`must be at most ${params.limit}`, `maksimal ${params.limit}`);
    case "minItems":
      return say(`needs at least ${params.limit} item${Number(params.limit) === 1 ? "" : "s"}`, `perlu minimal ${params.limit} butir`);
    case "maxItems":
      return say(`has too many items: at most ${params.limit}`, `terlalu banyak butir: maksimal ${params.limit}`);
    case "uniqueItems": {
      const [first, second] = [Number(params.i) + 1, Number(params.j) + 1].sort((a, b) => a - b);
      return say(
        `has the same item twice (items ${first} and ${second})`,
        `memuat butir yang sama dua kali (butir ${first} dan ${second})`,
      );
    }
    case "contains":
      if (field === "steps") {
        return say(
          "must include a 'resolved' step: only resolved cases are published",
          "harus memuat tahap 'resolved': hanya kasus yang selesai yang diterbitkan",
        );
      }
      return say("is missing a required item", "tidak memuat butir yang wajib ada");
    case "minProperties":
      return say("must not be empty", "tidak boleh kosong");
    default:
      return say(error.message ?? "is not valid", "tidak sah");
  }
}

function explainFormat(format: string, say: (en: string, id: string) => ExplainedError): ExplainedError {
  switch (format) {
    case "date":
      return say(
        "must be a real calendar date written YYYY-MM-DD, like 2024-11-04",
        "harus tanggal yang benar dengan bentuk TTTT-BB-HH, misalnya 2024-11-04",
      );
    case "uri":
      return say(
        "must be a full web address, like https://example.org/page",
        "harus alamat web lengkap, misalnya https://example.org/halaman",
      );
    case "email":
      return say("must be an e-mail address", "harus alamat e-mail");
    default:
      return say(`must be a valid ${format}`, `harus ${format} yang sah`);
  }
}

function describe(schema: unknown): string | undefined {
  if (!schema || typeof schema !== "object") return undefined;
  const { description } = schema as { description?: unknown };
  return typeof description === "string" ? description : undefined;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
