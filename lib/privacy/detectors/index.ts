import type { Detector } from "../finding.ts";
import { detectAddresses } from "./address.ts";
import { detectBirthDates } from "./birth-date.ts";
import { detectEmails } from "./email.ts";
import { detectNik } from "./nik.ts";
import { detectPersonNames } from "./person-name.ts";
import { detectPhones } from "./phone.ts";
import { detectPlates } from "./plate.ts";
import { detectSocialHandles } from "./social-handle.ts";

/** Every detector the screen runs, most specific first (the order breaks ties when merging). */
export const DETECTORS: readonly Detector[] = [
  detectNik,
  detectEmails,
  detectSocialHandles,
  detectPhones,
  detectPlates,
  detectBirthDates,
  detectAddresses,
  detectPersonNames,
];
