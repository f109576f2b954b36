/**
 * The dev server's copy of the CMS configuration: the committed production config plus the
 * local backend (decap-server, writing into the working copy). Only `npm start` serves this;
 * the production build copies admin/config.yml unchanged, so it never names a local backend.
 */

export interface DevConfigOptions {
  /** Port of decap-server. */
  port: number;
  /** "fs" writes files directly; "git" (with a clean tree) keeps the editorial workflow. */
  mode: "fs" | "git";
}

/**
 * @example devConfigText(productionText, { port: 8081, mode: "fs" }) // "…local_backend:\n  url: http://localhost:8081/api/v1\n"
 */
export function devConfigText(production: string, { port, mode }: DevConfigOptions): string {
  // decap-server in fs mode has no branches, so there is nothing to review: save = write.
  const base = mode === "fs" ? production.replace(/^(# .*\n)*publish_mode: editorial_workflow\n/m, "") : production;
  return `${base}\n# Development only (npm start): save through decap-server into the working copy.\nlocal_backend:\n  url: http://localhost:${port}/api/v1\n`;
}
