/// <reference lib="dom" />
/**
 * Decap's own backend, reached the way Decap reaches it, for the spreadsheet import: the
 * admin page's configuration file, the local backend (decap-server) on localhost exactly as
 * decap-cms-core's handleLocalBackend/detectProxyServer choose it, and the implementation from
 * Decap's registry (`CMS.getBackend(name).init(config, options)`). Saves therefore take the same
 * path as an entry saved in the form: written by decap-server locally, a commit (or, with the
 * editorial workflow, a branch and pull request) in production.
 */
import { parse as parseYaml } from "yaml";
import { ACTIVITIES_COLLECTION, ACTIVITIES_FOLDER, type ListedEntry, type SavePayload } from "./spreadsheet-import-payload.ts";

interface BackendConfig {
  name: string;
  proxy_url?: string;
  [key: string]: unknown;
}
export interface CmsConfigLike {
  backend: BackendConfig;
  publish_mode?: string;
  local_backend?: boolean | { url?: string; allowed_hosts?: string[] };
  media_folder?: string;
  [key: string]: unknown;
}

/** The part of Decap's Implementation interface the import uses. */
interface Implementation {
  restoreUser?(user: unknown): Promise<unknown>;
  entriesByFolder(folder: string, extension: string, depth: number): Promise<ListedEntry[]>;
  unpublishedEntries?(): Promise<string[]>;
  unpublishedEntry?(args: {
    id?: string;
    collection?: string;
    slug?: string;
  }): Promise<{ collection: string; slug: string; diffs: Array<{ path: string; id: string }> }>;
  unpublishedEntryDataFile?(collection: string, slug: string, path: string, id: string): Promise<string>;
  persistEntry(entry: SavePayload["entry"], options: SavePayload["options"]): Promise<unknown>;
}

interface Registry {
  getBackend(name: string): { init(config: CmsConfigLike, options: Record<string, unknown>): Implementation } | undefined;
}

export interface ImportBackend {
  /** The backend in use ("proxy" locally, "github" in production, …). */
  name: string;
  /** Whether saves become pull requests to review (publish_mode: editorial_workflow). */
  useWorkflow: boolean;
  /** Every stored activity: published ones, and with the workflow those awaiting review. */
  listActivities(): Promise<ListedEntry[]>;
  /** Unpublished entries that could not be read (their activities may be counted as new). */
  unreadableUnpublished: number;
  persist(payload: SavePayload): Promise<void>;
}

/** Decap's getConfigUrl: a `<link rel="cms-config-url">` of a YAML type, else config.yml beside the page. */
function configUrl(): string {
  const link = document.querySelector<HTMLLinkElement>('link[rel="cms-config-url"]');
  if (link && ["text/yaml", "application/x-yaml"].includes(link.type) && link.href) return link.href;
  return "config.yml";
}

/**
 * decap-cms-core's detectProxyServer: only on localhost/127.0.0.1 (and `allowed_hosts`), the
 * proxy at `local_backend.url` (default http://localhost:8081/api/v1), and only if it answers
 * the "info" action like decap-server does.
 */
async function detectProxyServer(localBackend: CmsConfigLike["local_backend"]): Promise<{ proxyUrl?: string; publishModes?: string[] }> {
  const allowedHosts = [
    "localhost",
    "127.0.0.1",
    ...(typeof localBackend === "object" && localBackend ? (localBackend.allowed_hosts ?? []) : []),
  ];
  if (!localBackend || !allowedHosts.includes(location.hostname)) return {};
  const defaultUrl = "http://localhost:8081/api/v1";
  const proxyUrl = localBackend === true ? defaultUrl : localBackend.url || defaultUrl.replace("localhost", location.hostname);
  try {
    const { protocol } = new URL(proxyUrl);
    if (protocol !== "http:" && protocol !== "https:") return {};
  } catch {
    return {};
  }
  try {
    const response = await fetch(proxyUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ action: "info" }),
    });
    const { repo, publish_modes, type } = (await response.json()) as { repo?: unknown; publish_modes?: unknown; type?: unknown };
    if (typeof repo === "string" && Array.isArray(publish_modes) && typeof type === "string")
      return { proxyUrl, publishModes: publish_modes as string[] };
  } catch {
    // Decap falls back to the configured backend when the proxy does not answer; so do we.
  }
  return {};
}

/** decap-cms-core's handleLocalBackend: the proxy backend, and a publish mode it supports. */
export async function resolveConfig(config: CmsConfigLike): Promise<CmsConfigLike> {
  if (!config.local_backend) return config;
  const { proxyUrl, publishModes } = await detectProxyServer(config.local_backend);
  if (!proxyUrl) return config;
  const resolved: CmsConfigLike = { ...config, backend: { ...config.backend, name: "proxy", proxy_url: proxyUrl } };
  if (resolved.publish_mode && publishModes && !publishModes.includes(resolved.publish_mode)) resolved.publish_mode = publishModes[0];
  return resolved;
}

/** Loads the admin page's configuration and connects to its backend as the logged-in editor. */
export async function connectBackend(): Promise<ImportBackend> {
  const response = await fetch(configUrl(), { credentials: "same-origin" });
  if (!response.ok) throw new Error(`config.yml: HTTP ${response.status}`);
  const config = await resolveConfig(parseYaml(await response.text()) as CmsConfigLike);
  const useWorkflow = config.publish_mode === "editorial_workflow";
  const registry = (window as unknown as { CMS: Registry }).CMS;
  const backend = registry.getBackend(config.backend.name);
  if (!backend) throw new Error(`Backend not found: ${config.backend.name}`);
  const implementation = backend.init(config, { useWorkflow, updateUserCredentials: () => undefined, initialWorkflowStatus: "draft" });
  if (config.backend.name !== "proxy" && config.backend.name !== "test-repo") {
    // A git host needs the editor's token: the user Decap stored when they logged in.
    const stored = localStorage.getItem("decap-cms-user");
    if (!stored) throw new NotLoggedIn();
    await implementation.restoreUser?.(JSON.parse(stored));
  }
  const result: ImportBackend = {
    name: config.backend.name,
    useWorkflow,
    unreadableUnpublished: 0,
    async listActivities() {
      const published = await implementation.entriesByFolder(ACTIVITIES_FOLDER, "json", 1);
      if (!useWorkflow || !implementation.unpublishedEntries) return published;
      const { entries, unreadable } = await unpublishedActivities(implementation);
      result.unreadableUnpublished = unreadable;
      return [...published, ...entries];
    },
    async persist({ entry, options }) {
      await implementation.persistEntry(entry, options);
    },
  };
  return result;
}

/**
 * Activities awaiting review (editorial workflow): each open entry's data files, read from its
 * branch as Decap's own Workflow tab reads them. One that cannot be read is counted, not fatal.
 */
async function unpublishedActivities(implementation: Implementation): Promise<{ entries: ListedEntry[]; unreadable: number }> {
  const ids = (await implementation.unpublishedEntries!()).filter((id) => id.startsWith(`${ACTIVITIES_COLLECTION}/`));
  const entries: ListedEntry[] = [];
  let unreadable = 0;
  // A few at a time: a git host rate-limits bursts.
  for (let start = 0; start < ids.length; start += 4) {
    await Promise.all(
      ids.slice(start, start + 4).map(async (id) => {
        try {
          const entry = await implementation.unpublishedEntry!({ id });
          for (const diff of entry.diffs.filter((d) => d.path.startsWith(`${ACTIVITIES_FOLDER}/`) && d.path.endsWith(".json"))) {
            const data = await implementation.unpublishedEntryDataFile!(ACTIVITIES_COLLECTION, entry.slug, diff.path, diff.id);
            entries.push({ data, file: { path: diff.path } });
          }
        } catch {
          unreadable++;
        }
      }),
    );
  }
  return { entries, unreadable };
}

/** The editor has not logged in to the git host in this browser. */
export class NotLoggedIn extends Error {
  constructor() {
    super("not logged in");
  }
}
