/**
 * The Nu HTML Checker (vnu.jar, the W3C validator's engine) run on local files with Debian's
 * Java (installed by scripts/ensure-test-tools.sh before `npm test`).
 *
 * The jar comes from the `vnu-jar` devDependency, but not its `vnu.check` helper: that one
 * downloads a Java runtime from GitHub when it finds none, and tests never download anything.
 * One `java -jar` run checks every file given: the JVM takes seconds to start, a page takes
 * milliseconds.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** vnu.jar inside node_modules: the package's default export is the jar's path (a String object). */
export const VNU_JAR = String(createRequire(import.meta.url)("vnu-jar"));

/** One message of vnu's JSON output (`--format json`); only the fields the tests use. */
export interface NuMessage {
  /** "error", "info" (with subType "warning" for warnings) or "non-document-error" (an unreadable file, say). */
  type: string;
  subType?: string;
  /** `file:` URL of the checked document. */
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Checks HTML files with vnu in one Java run and returns its messages. With `errorsOnly`
 * (the default) warnings and info are left out by vnu itself.
 * @example const messages = await checkHtmlFiles(["/tmp/site/index.html", "/tmp/site/en/index.html"]);
 */
export async function checkHtmlFiles(files: string[], { errorsOnly = true } = {}): Promise<NuMessage[]> {
  if (files.length === 0) return [];
  const args = ["-jar", VNU_JAR, "--format", "json", "--stdout", "--exit-zero-always", ...(errorsOnly ? ["--errors-only"] : []), ...files];
  let stdout: string;
  try {
    ({ stdout } = await run("java", args, { maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    const { code, stderr = "" } = error as { code?: string; stderr?: string };
    if (code === "ENOENT") {
      throw new Error(
        "Java is missing, so the Nu HTML Checker cannot run: `bash scripts/ensure-test-tools.sh` installs Debian's default-jre-headless.",
        { cause: error },
      );
    }
    throw new Error(`The Nu HTML Checker failed to run (java -jar ${VNU_JAR}):\n${stderr}`, { cause: error });
  }
  return (JSON.parse(stdout) as { messages: NuMessage[] }).messages;
}

/**
 * The messages that make a page invalid: errors, and files vnu could not check at all (a
 * "non-document-error" must not pass as "no errors found").
 * @example expect(nuErrors(messages)).toEqual([]);
 */
export function nuErrors(messages: NuMessage[]): NuMessage[] {
  return messages.filter((message) => message.type === "error" || message.type === "non-document-error");
}

/** The local path of a message's document, or "" when vnu named none. */
export function nuMessageFile(message: NuMessage): string {
  return message.url?.startsWith("file:") ? fileURLToPath(message.url) : (message.url ?? "");
}

/**
 * One line per message, `file:line:column: message`, with file relative to `root`: what a
 * developer needs to find and fix each one.
 * @example formatNuMessages(errors, siteFolder) // "en/index.html:42:7: Duplicate ID “main”."
 */
export function formatNuMessages(messages: NuMessage[], root: string): string {
  return messages
    .map((message) => {
      const file = nuMessageFile(message);
      const where = [
        file ? path.relative(root, file) : "(no file)",
        message.lastLine ?? message.firstLine,
        message.firstColumn ?? message.lastColumn,
      ]
        .filter((part) => part !== undefined)
        .join(":");
      return `${where}: ${message.message}`;
    })
    .join("\n");
}
