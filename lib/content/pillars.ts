/**
 * The order in which pillars appear everywhere on the site (the order of the model as the
 * teams describe it), so lists and tables line up from page to page.
 */
import type { Activity, TrainingModule } from "../types/content.generated.ts";

export type Pillar = NonNullable<Activity["pillar"]>;
export type ModulePillar = TrainingModule["pillar"];

/** The four pillars of the Tim Tangguh model. */
export const PILLARS: readonly Pillar[] = ["awareness", "case-management", "social-cohesion", "policy-advocacy"];

/** Module groups: the foundations every volunteer needs come before the four pillars. */
export const MODULE_PILLARS: readonly ModulePillar[] = ["foundations", ...PILLARS];

/** The four kelurahan with a Tim Tangguh, in the order the seed article names them. */
export const KELURAHAN = ["benda-baru", "pondok-kacang-timur", "jombang", "muncul"] as const;
