/**
 * Eleventy's configuration API as the project uses it. The type Eleventy ships
 * (@11ty/eleventy/UserConfig) lacks addBundle, which the bundle plugin built into Eleventy 3
 * adds at run time, so it is widened here once instead of cast at every call.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";

export interface BundleOptions {
  /** Folder in the output where bundle files are written, e.g. "assets". */
  toFileDirectory?: string;
  /** Functions run over the bundle's code before it is written. */
  transforms?: ((this: unknown, code: string) => string | Promise<string>)[];
  hoist?: boolean;
}

export type EleventyConfig = UserConfig & {
  addBundle(name: string, options?: BundleOptions): void;
};

/** A plugin function as addPlugin accepts it. */
export type EleventyPlugin<Options = undefined> = (eleventyConfig: EleventyConfig, options: Options) => void;
