/**
 * A piece of a file that is screened on its own (a JSON string, a CSV cell), decoded, with the
 * file offsets each of its characters came from, so that findings point into the file.
 */
export interface TextSegment {
  text: string;
  /** For each UTF-16 unit of `text`: where it starts in the file. */
  starts: number[];
  /** For each UTF-16 unit of `text`: where it ends in the file (after an escape such as \u0040). */
  ends: number[];
}

const JSON_ESCAPES = new Map(Object.entries({ '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" }));

/**
 * Every string (keys and values) and every number of a JSON text, decoded. Escapes are read,
 * so "\u0040" in a file is screened as "@"; numbers are screened too, because a NIK or a phone
 * number can be stored as a number.
 * @example jsonSegments('{"a": "08\\u0031"}').map((s) => s.text) // ["a", "081"]
 */
export function jsonSegments(json: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let i = 0;
  while (i < json.length) {
    const char = json[i] as string;
    if (char === '"') {
      const segment: TextSegment = { text: "", starts: [], ends: [] };
      let j = i + 1;
      while (j < json.length && json[j] !== '"') {
        let decoded = json[j] as string;
        let length = 1;
        if (decoded === "\\") {
          const escape = json[j + 1] ?? "";
          if (escape === "u") {
            decoded = String.fromCharCode(Number.parseInt(json.slice(j + 2, j + 6), 16) || 0);
            length = 6;
          } else {
            decoded = JSON_ESCAPES.get(escape) ?? escape;
            length = 2;
          }
        }
        segment.text += decoded;
        segment.starts.push(j);
        segment.ends.push(j + length);
        j += length;
      }
      segments.push(segment);
      i = j + 1;
    } else if (/[-\d]/.test(char)) {
      const number = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(json.slice(i, i + 400));
      const raw = number ? number[0] : char;
      segments.push(plain(raw, i));
      i += raw.length;
    } else {
      i++;
    }
  }
  return segments;
}

/**
 * Every cell of a CSV text, unquoted ("" read as "). The delimiter is guessed from the first
 * line: a comma, or a semicolon or tab as spreadsheet programs write in some locales.
 * @example csvSegments('a,"b ""c"""').map((s) => s.text) // ["a", 'b "c"']
 */
export function csvSegments(csv: string): TextSegment[] {
  const firstLine = csv.slice(0, csv.indexOf("\n") === -1 ? csv.length : csv.indexOf("\n"));
  const count = (delimiter: string) => firstLine.split(delimiter).length - 1;
  const delimiter = [",", ";", "\t"].sort((a, b) => count(b) - count(a))[0] as string;
  const segments: TextSegment[] = [];
  let i = 0;
  while (i <= csv.length) {
    const segment: TextSegment = { text: "", starts: [], ends: [] };
    if (csv[i] === '"') {
      let j = i + 1;
      while (j < csv.length) {
        if (csv[j] === '"' && csv[j + 1] === '"') {
          segment.text += '"';
          segment.starts.push(j);
          segment.ends.push(j + 2);
          j += 2;
        } else if (csv[j] === '"') {
          j++;
          break;
        } else {
          segment.text += csv[j];
          segment.starts.push(j);
          segment.ends.push(j + 1);
          j++;
        }
      }
      // Anything between the closing quote and the delimiter is kept as text too.
      while (j < csv.length && csv[j] !== delimiter && csv[j] !== "\n") {
        segment.text += csv[j];
        segment.starts.push(j);
        segment.ends.push(j + 1);
        j++;
      }
      i = j;
    } else {
      let j = i;
      while (j < csv.length && csv[j] !== delimiter && csv[j] !== "\n") j++;
      Object.assign(segment, plain(csv.slice(i, j).replace(/\r$/, ""), i));
      i = j;
    }
    if (segment.text) segments.push(segment);
    i++; // the delimiter or line break
  }
  return segments;
}

/** A whole text as one segment. */
export function plain(text: string, offset = 0): TextSegment {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let k = 0; k < text.length; k++) {
    starts.push(offset + k);
    ends.push(offset + k + 1);
  }
  return { text, starts, ends };
}
