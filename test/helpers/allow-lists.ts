import type { PrivacyAllowList } from "../../lib/types/content.generated.ts";

/** An allow-list that allows nothing: what the detectors find is what the screen reports. */
export const EMPTY_ALLOW_LIST: PrivacyAllowList = {
  placeNames: [],
  institutions: [],
  roleWords: [],
  commonNounPhrases: [],
  publicNumbers: [],
  publicFigures: [],
  historicalFigures: [],
};
