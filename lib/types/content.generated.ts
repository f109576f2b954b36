/* Generated from schemas/*.schema.json by `npm run types`. Do not edit by hand:
   change the schema and run the command again (a test fails while this file is stale). */

/**
 * One session of the Tim Tangguh training course, written for volunteers to read before or after a meeting. Stored as Markdown, one file per language; the Indonesian and English versions share a file name.
 */
export interface TrainingModule {
  /**
   * Title: The module's title as readers see it.
   */
  title: string;
  /**
   * Summary: One or two sentences shown in lists and search results.
   */
  summary: string;
  /**
   * Pillar: 'Foundations' for the basics every volunteer needs; otherwise the pillar of the model the module trains for.
   */
  pillar: "foundations" | "awareness" | "case-management" | "social-cohesion" | "policy-advocacy";
  /**
   * Place in the course: 1 for the first module, 2 for the second, … Must be the same in both languages.
   */
  order: number;
  /**
   * Duration (minutes): How long the session takes when run with a group.
   */
  durationMinutes: number;
  /**
   * Learning objectives: What a volunteer can do after the session, one per line.
   *
   * @minItems 1
   * @maxItems 8
   *
   * Items: Short text: One line of plain text.
   */
  objectives: string[];
  /**
   * Discussion questions: Questions for the group, one per line.
   *
   * @minItems 1
   * @maxItems 10
   *
   * Items: Short text: One line of plain text.
   */
  discussionQuestions: string[];
  /**
   * Glossary terms: Glossary entries this module uses (their short names).
   *
   * @maxItems 20
   *
   * Items: Short name: Lower-case letters, digits and hyphens, e.g. benda-baru.
   */
  glossaryTerms?: string[];
  /**
   * Last review: Who last checked this content (a role, never a name) and when.
   */
  reviewed: {
    /**
     * Reviewer's role: A role such as 'Koordinator Tim Tangguh Jombang' or 'Fasilitator yayasan'. Never a person's name.
     */
    role: string;
    /**
     * Review date: Date: A calendar date: in the form, pick it in the calendar (it shows in your browser's own date format); in a file, written year-month-day, e.g. 2024-11-04.
     */
    date: string;
  };
  /**
   * Reviewed personal-data exceptions: Findings of the personal-data screen that a reviewer checked and judged not to be personal data (for example a public hotline or a public figure quoted in the news). Each names ONE finding by the fingerprint that `npm run check` printed; never write the value itself here. An exception that matches nothing is reported, so stale ones do not pile up.
   *
   * @maxItems 20
   */
  privacyExceptions?: {
    /**
     * Fingerprint: The 12 characters printed by the check after 'fingerprint', e.g. 3fa94c0d12be.
     */
    fingerprint: string;
    /**
     * Kind of finding
     */
    kind:
      | "nik"
      | "kk"
      | "phone"
      | "email"
      | "address"
      | "plate"
      | "birth-date"
      | "social-handle"
      | "person-name";
    /**
     * Reviewer's role: A role, never a name.
     */
    reviewerRole: string;
    /**
     * Why this is not personal data: Short text: One line of plain text.
     */
    reason: string;
    /**
     * Review date: Date: A calendar date: in the form, pick it in the calendar (it shows in your browser's own date format); in a file, written year-month-day, e.g. 2024-11-04.
     */
    reviewedOn: string;
  }[];
  /**
   * Draft: A draft is kept in the repository but never published, indexed or listed.
   */
  draft?: boolean;
  /**
   * Body: The main text, in Markdown. HTML and template code are not allowed and are shown as plain text. At most 60,000 characters.
   */
  body: string;
}

/**
 * An anonymised account of how a team handled an early case, written for learning. Never a live case file: no names, exact dates, addresses or details that could identify anyone. Published only when the case is resolved and the anonymisation review is complete. Stored as Markdown, one file per language; both versions share a file name.
 */
export interface CaseStudy {
  /**
   * Title: Short text: One line of plain text.
   */
  title: string;
  /**
   * Summary: One or two sentences shown in lists and search results.
   */
  summary: string;
  /**
   * Illustrative (fictional composite): Tick when the case is a composite written for training rather than an account of one real case. The page then says so.
   */
  illustrative: boolean;
  /**
   * Period: When the case was first recorded: a year (2024) or a quarter (2024-Q3). Never an exact date.
   */
  period: string;
  /**
   * Area: The kelurahan, or 'not disclosed' when naming it could identify the people involved.
   */
  area: "benda-baru" | "pondok-kacang-timur" | "jombang" | "muncul" | "not-disclosed";
  /**
   * Concern: What kind of early sign or situation the case was about.
   */
  concernCategory:
    | "online-exposure"
    | "recruitment-attempt"
    | "intolerance"
    | "returnee-reintegration"
    | "former-prisoner-reintegration"
    | "family-concern"
    | "other";
  /**
   * Reported by: The role of the person who raised the concern. Never a name.
   */
  reportedBy:
    | "family-member"
    | "neighbour"
    | "religious-teacher"
    | "rt-rw-head"
    | "school-teacher"
    | "team-member"
    | "community-police"
    | "health-cadre"
    | "other";
  /**
   * Steps taken: The stages the case went through, in order: recorded, verified, handled, resolved.
   *
   * @minItems 1
   * @maxItems 4
   */
  steps: {
    /**
     * Stage: Where a case is in the handling process: recorded, verified, handled, resolved.
     */
    stage: "recorded" | "verified" | "handled" | "resolved";
    /**
     * Period: A year (2024) or a quarter (2024-Q3). Never an exact date: it could identify people.
     */
    period: string;
    /**
     * What was done: Text: Plain text; blank lines separate paragraphs. No HTML.
     */
    note: string;
  }[];
  /**
   * Approaches: How the team handled the case.
   *
   * @minItems 1
   */
  approaches: ("personal-approach" | "dialogue" | "mediation" | "referral")[];
  /**
   * Outcome: Text: Plain text; blank lines separate paragraphs. No HTML.
   */
  outcome: string;
  /**
   * Lessons for other teams
   *
   * @minItems 1
   * @maxItems 8
   *
   * Items: Short text: One line of plain text.
   */
  lessons: string[];
  /**
   * Glossary terms
   *
   * @maxItems 20
   *
   * Items: Short name: Lower-case letters, digits and hyphens, e.g. benda-baru.
   */
  glossaryTerms?: string[];
  /**
   * Anonymisation review: Completed by a second person before publication.
   */
  anonymisation: {
    /**
     * Names, nicknames and aliases removed
     */
    namesRemoved: boolean;
    /**
     * Addresses, RT/RW and meeting places generalised
     */
    placesGeneralised: boolean;
    /**
     * Exact dates replaced by a year or quarter
     */
    datesGeneralised: boolean;
    /**
     * Telling details (jobs, family make-up, vehicles) altered or left out
     */
    detailsAltered: boolean;
    /**
     * Reviewer's role: A role, never a name. Filled in by the reviewer; a draft may leave it empty, a published case study needs it.
     */
    reviewerRole?: string;
    /**
     * Review date: When the review was done. A draft may leave it empty; a published case study needs it.
     */
    reviewedOn?: string;
  };
  /**
   * Reviewed personal-data exceptions: Findings of the personal-data screen that a reviewer checked and judged not to be personal data (for example a public hotline or a public figure quoted in the news). Each names ONE finding by the fingerprint that `npm run check` printed; never write the value itself here. An exception that matches nothing is reported, so stale ones do not pile up.
   *
   * @maxItems 20
   */
  privacyExceptions?: {
    /**
     * Fingerprint: The 12 characters printed by the check after 'fingerprint', e.g. 3fa94c0d12be.
     */
    fingerprint: string;
    /**
     * Kind of finding
     */
    kind:
      | "nik"
      | "kk"
      | "phone"
      | "email"
      | "address"
      | "plate"
      | "birth-date"
      | "social-handle"
      | "person-name";
    /**
     * Reviewer's role: A role, never a name.
     */
    reviewerRole: string;
    /**
     * Why this is not personal data: Short text: One line of plain text.
     */
    reason: string;
    /**
     * Review date: Date: A calendar date: in the form, pick it in the calendar (it shows in your browser's own date format); in a file, written year-month-day, e.g. 2024-11-04.
     */
    reviewedOn: string;
  }[];
  /**
   * Status: Only 'published' case studies appear on the site.
   */
  status: "draft" | "in-review" | "published";
  /**
   * Body: The main text, in Markdown. HTML and template code are not allowed and are shown as plain text. At most 60,000 characters.
   */
  body: string;
}

/**
 * A free-standing page such as 'About' or the guide for visiting delegations. Stored as Markdown, one file per language; both versions share a file name, which becomes the page's address.
 */
export interface Page {
  /**
   * Title: Short text: One line of plain text.
   */
  title: string;
  /**
   * Summary: One or two sentences shown in lists and search results.
   */
  summary: string;
  /**
   * Place in the footer menu: Leave empty to keep the page out of the menu.
   */
  navOrder?: number;
  /**
   * Last review: Who last checked this content (a role, never a name) and when.
   */
  reviewed?: {
    /**
     * Reviewer's role: A role such as 'Koordinator Tim Tangguh Jombang' or 'Fasilitator yayasan'. Never a person's name.
     */
    role: string;
    /**
     * Review date: Date: A calendar date: in the form, pick it in the calendar (it shows in your browser's own date format); in a file, written year-month-day, e.g. 2024-11-04.
     */
    date: string;
  };
  /**
   * Reviewed personal-data exceptions: Findings of the personal-data screen that a reviewer checked and judged not to be personal data (for example a public hotline or a public figure quoted in the news). Each names ONE finding by the fingerprint that `npm run check` printed; never write the value itself here. An exception that matches nothing is reported, so stale ones do not pile up.
   *
   * @maxItems 20
   */
  privacyExceptions?: {
    /**
     * Fingerprint: The 12 characters printed by the check after 'fingerprint', e.g. 3fa94c0d12be.
     */
    fingerprint: string;
    /**
     * Kind of finding
     */
    kind:
      | "nik"
      | "kk"
      | "phone"
      | "email"
      | "address"
      | "plate"
      | "birth-date"
      | "social-handle"
      | "person-name";
    /**
     * Reviewer's role: A role, never a name.
     */
    reviewerRole: string;
    /**
     * Why this is not personal data: Short text: One line of plain text.
     */
    reason: string;
    /**
     * Review date: Date: A calendar date: in the form, pick it in the calendar (it shows in your browser's own date format); in a file, written year-month-day, e.g. 2024-11-04.
     */
    reviewedOn: string;
  }[];
  /**
   * Draft: A draft is kept in the repository but never published, indexed or listed.
   */
  draft?: boolean;
  /**
   * Body: The main text, in Markdown. HTML and template code are not allowed and are shown as plain text. At most 60,000 characters.
   */
  body: string;
}

/**
 * A legal instrument the teams work under, such as the Banten governor's decree on the RADPE integrated team. Enter the official text of its parts only from the signed document; until then the page shows the summary, clearly labelled as unofficial.
 */
export interface Decree {
  /**
   * Number: Exactly as printed on the decree, e.g. 339.05/Kep.173-Huk/2023.
   */
  number: string;
  /**
   * Full title: The official title in Indonesian and a translation in English.
   */
  title: {
    /**
     * Bahasa Indonesia: Text: Plain text; blank lines separate paragraphs. No HTML.
     */
    id: string;
    /**
     * English: Text: Plain text; blank lines separate paragraphs. No HTML.
     */
    en: string;
  };
  /**
   * Short title: A short name for lists and navigation.
   */
  shortTitle: {
    /**
     * Bahasa Indonesia: Short text: One line of plain text.
     */
    id: string;
    /**
     * English: Short text: One line of plain text.
     */
    en: string;
  };
  /**
   * Issued by: Short text in both languages
   */
  issuer: {
    /**
     * Bahasa Indonesia: Short text: One line of plain text.
     */
    id: string;
    /**
     * English: Short text: One line of plain text.
     */
    en: string;
  };
  /**
   * Year issued: Year: A four-digit year, e.g. 2024.
   */
  year: string;
  /**
   * Date signed: Leave empty unless you have the signed document.
   */
  signedOn?: string;
  /**
   * Period in force
   */
  period: {
    /**
     * From: Year: A four-digit year, e.g. 2024.
     */
    from: string;
    /**
     * To: Year: A four-digit year, e.g. 2024.
     */
    to: string;
  };
  /**
   * Unofficial summary: Plain-language summary written by the editors. Shown with a label saying it is not the legal text.
   */
  summary: {
    /**
     * Bahasa Indonesia: Text: Plain text; blank lines separate paragraphs. No HTML.
     */
    id: string;
    /**
     * English: Text: Plain text; blank lines separate paragraphs. No HTML.
     */
    en: string;
  };
  /**
   * Legal basis: The laws and regulations the decree cites (its 'Mengingat' section), copied from the signed document.
   *
   * Items: Short text in both languages
   */
  legalBasis?: {
    /**
     * Bahasa Indonesia: Short text: One line of plain text.
     */
    id: string;
    /**
     * English: Short text: One line of plain text.
     */
    en: string;
  }[];
  /**
   * Parts (diktum): The decree's parts, copied from the signed document, with an English translation.
   */
  parts?: {
    /**
     * Label: As printed, e.g. KESATU.
     */
    label: string;
    /**
     * Official text (Indonesian): Text: Plain text; blank lines separate paragraphs. No HTML.
     */
    textId: string;
    /**
     * English translation: Text: Plain text; blank lines separate paragraphs. No HTML.
     */
    textEn: string;
  }[];
  /**
   * Link to the pillars: How the decree supports each pillar of the Tim Tangguh model.
   *
   * @minItems 1
   */
  crosswalk: {
    /**
     * Pillar: The pillar of the Tim Tangguh model this belongs to.
     */
    pillar: "awareness" | "case-management" | "social-cohesion" | "policy-advocacy";
    /**
     * How it supports this pillar: Text in both languages
     */
    note: {
      /**
       * Bahasa Indonesia: Text: Plain text; blank lines separate paragraphs. No HTML.
       */
      id: string;
      /**
       * English: Text: Plain text; blank lines separate paragraphs. No HTML.
       */
      en: string;
    };
  }[];
  /**
   * Sources
   *
   * Items: Source: A publication or document this is based on.
   */
  sources?: {
    /**
     * Title of the source: Short text: One line of plain text.
     */
    title: string;
    /**
     * Web address: Only http and https addresses.
     */
    url?: string;
  }[];
  /**
   * Reviewed personal-data exceptions: Findings of the personal-data screen that a reviewer checked and judged not to be personal data (for example a public hotline or a public figure quoted in the news). Each names ONE finding by the fingerprint that `npm run check` printed; never write the value itself here. An exception that matches nothing is reported, so stale ones do not pile up.
   *
   * @maxItems 20
   */
  privacyExceptions?: {
    /**
     * Fingerprint: The 12 characters printed by the check after 'fingerprint', e.g. 3fa94c0d12be.
     */
    fingerprint: string;
    /**
     * Kind of finding
     */
    kind:
      | "nik"
      | "kk"
      | "phone"
      | "email"
      | "address"
      | "plate"
      | "birth-date"
      | "social-handle"
      | "person-name";
    /**
     * Reviewer's role: A role, never a name.
     */
    reviewerRole: string;
    /**
     * Why this is not personal data: Short text: One line of plain text.
     */
    reason: string;
    /**
     * Review date: Date: A calendar date: in the form, pick it in the calendar (it shows in your browser's own date format); in a file, written year-month-day, e.g. 2024-11-04.
     */
    reviewedOn: string;
  }[];
  /**
   * Draft: A draft is kept in the repository but never published, indexed or listed.
   */
  draft?: boolean;
}

/**
 * One activity a Tim Tangguh ran or took part in: a socialisation, a training, a coordination meeting, a community event, recorded as the teams write it in their spreadsheet (date, kelurahan, kind of activity, venue). Counts of participants only, never names. One JSON file per activity. The pillar may be left open only while the activity is a draft (an imported row kept back for review).
 */
export interface Activity {
  /**
   * Date: Date: A calendar date: in the form, pick it in the calendar (it shows in your browser's own date format); in a file, written year-month-day, e.g. 2024-11-04.
   */
  date: string;
  /**
   * Kelurahan: One of the four kelurahan with a Tim Tangguh (the short name of its team profile).
   */
  kelurahan: "benda-baru" | "pondok-kacang-timur" | "jombang" | "muncul";
  /**
   * Pillar: The pillar of the Tim Tangguh model this belongs to.
   */
  pillar?: "awareness" | "case-management" | "social-cohesion" | "policy-advocacy";
  /**
   * Type of activity: What kind of activity it was, in the teams' own words: Sosialisasi, Pelatihan, Rapat koordinasi, Dialog, Kunjungan, Nonton bareng, Kerja bakti, Audiensi, Rapat kasus, … Some kinds decide the pillar by themselves (a socialisation is awareness raising, a case meeting case management, a hearing policy advocacy).
   */
  activityType:
    | "socialisation"
    | "training"
    | "coordination"
    | "dialogue"
    | "visit"
    | "screening"
    | "community-event"
    | "community-service"
    | "advocacy"
    | "case-conference"
    | "case-handling";
  /**
   * Venue: Where it took place, as the team writes it: the gathering or public place (Majelis Taklim Nurul Falah, Arisan ibu-ibu RT 02, Aula Kantor Kelurahan). Public places and gatherings only: never someone's house, a house number or a person's name. A name, so it is kept as written in both languages.
   */
  venue?: string;
  /**
   * The kind of gathering or setting. Recognised from the venue's words when left empty (Arisan ibu-ibu RT 02 → arisan); 'other' when the venue names none.
   */
  forum:
    | "majelis-taklim"
    | "arisan"
    | "pkk"
    | "posyandu"
    | "karang-taruna"
    | "rt-rw-meeting"
    | "school"
    | "women-farmers-group"
    | "theatre-group"
    | "kampung-kb"
    | "government-office"
    | "online"
    | "other";
  /**
   * What happened: A short description, e.g. 'Sosialisasi di majelis taklim RW' / 'Awareness session at a neighbourhood majelis taklim'.
   */
  title: {
    /**
     * Bahasa Indonesia: Short text: One line of plain text.
     */
    id: string;
    /**
     * English: Short text: One line of plain text.
     */
    en: string;
  };
  /**
   * Participants: How many people took part. If you give women and men, they must add up to the total.
   */
  participants: {
    /**
     * Total
     */
    total: number;
    /**
     * Women
     */
    women?: number;
    /**
     * Men
     */
    men?: number;
    /**
     * Of whom under 25
     */
    youth?: number;
  };
  /**
   * Partners: Institutions that took part (e.g. Kesbangpol, Puskesmas, KUA). Institutions only, never individuals.
   *
   * @maxItems 12
   *
   * Items: Short text: One line of plain text.
   */
  partners?: string[];
  /**
   * Notes: Optional remarks in one or both languages. No names, addresses or phone numbers.
   */
  notes?: {
    /**
     * Bahasa Indonesia: Text: Plain text; blank lines separate paragraphs. No HTML.
     */
    id?: string;
    /**
     * English: Text: Plain text; blank lines separate paragraphs. No HTML.
     */
    en?: string;
  };
  /**
   * Entered through: Set automatically: 'cms' for the editor's form, 'csv' for an import (with the content fingerprint used to skip duplicates).
   */
  source: {
    /**
     * Entered through: cms: typed into the editor's form; csv: imported from a spreadsheet.
     */
    kind: "cms" | "csv";
    /**
     * Content fingerprint: Set by the CSV import: a fingerprint of the row's content, used to recognise it when the same file is imported again.
     */
    hash?: string;
  };
  /**
   * Reviewed personal-data exceptions: Findings of the personal-data screen that a reviewer checked and judged not to be personal data (for example a public hotline or a public figure quoted in the news). Each names ONE finding by the fingerprint that `npm run check` printed; never write the value itself here. An exception that matches nothing is reported, so stale ones do not pile up.
   *
   * @maxItems 20
   */
  privacyExceptions?: {
    /**
     * Fingerprint: The 12 characters printed by the check after 'fingerprint', e.g. 3fa94c0d12be.
     */
    fingerprint: string;
    /**
     * Kind of finding
     */
    kind:
      | "nik"
      | "kk"
      | "phone"
      | "email"
      | "address"
      | "plate"
      | "birth-date"
      | "social-handle"
      | "person-name";
    /**
     * Reviewer's role: A role, never a name.
     */
    reviewerRole: string;
    /**
     * Why this is not personal data: Short text: One line of plain text.
     */
    reason: string;
    /**
     * Review date: Date: A calendar date: in the form, pick it in the calendar (it shows in your browser's own date format); in a file, written year-month-day, e.g. 2024-11-04.
     */
    reviewedOn: string;
  }[];
  /**
   * Draft: A draft is kept in the repository but never published, indexed or listed.
   */
  draft?: boolean;
}

/**
 * The profile of one kelurahan's Tim Tangguh. The file name is the kelurahan's short name (e.g. benda-baru.json). Institutional contact only: never a volunteer's name, phone number or address.
 */
export interface TeamProfile {
  /**
   * Kelurahan name: Short text: One line of plain text.
   */
  kelurahan: string;
  /**
   * Kecamatan: Short text: One line of plain text.
   */
  kecamatan: string;
  /**
   * Year the team was formed: Year: A four-digit year, e.g. 2024.
   */
  formed: string;
  /**
   * Year of the kelurahan decree (SK): The year the kelurahan's SK formally established the team.
   */
  skYear: string;
  /**
   * Current focus: Short text in both languages
   */
  focus: {
    /**
     * Bahasa Indonesia: Short text: One line of plain text.
     */
    id: string;
    /**
     * English: Short text: One line of plain text.
     */
    en: string;
  };
  /**
   * Profile: A short description of the team and its area of work.
   */
  profile: {
    /**
     * Bahasa Indonesia: Text: Plain text; blank lines separate paragraphs. No HTML.
     */
    id: string;
    /**
     * English: Text: Plain text; blank lines separate paragraphs. No HTML.
     */
    en: string;
  };
  /**
   * Where the team works: The community gatherings the team usually works through.
   *
   * @minItems 1
   *
   * Items: Forum: The community gathering or setting in which the activity took place.
   */
  forums: (
    | "majelis-taklim"
    | "arisan"
    | "pkk"
    | "posyandu"
    | "karang-taruna"
    | "rt-rw-meeting"
    | "school"
    | "women-farmers-group"
    | "theatre-group"
    | "kampung-kb"
    | "government-office"
    | "online"
    | "other"
  )[];
  /**
   * Institutional contact: How to reach the team through an institution. Never a volunteer's personal details.
   */
  contact: {
    /**
     * Institution: e.g. Kantor Kelurahan Jombang, or the facilitating foundation.
     */
    institution: string;
    /**
     * How to get in touch: Short text in both languages
     */
    note?: {
      /**
       * Bahasa Indonesia: Short text: One line of plain text.
       */
      id: string;
      /**
       * English: Short text: One line of plain text.
       */
      en: string;
    };
  };
  /**
   * Reviewed personal-data exceptions: Findings of the personal-data screen that a reviewer checked and judged not to be personal data (for example a public hotline or a public figure quoted in the news). Each names ONE finding by the fingerprint that `npm run check` printed; never write the value itself here. An exception that matches nothing is reported, so stale ones do not pile up.
   *
   * @maxItems 20
   */
  privacyExceptions?: {
    /**
     * Fingerprint: The 12 characters printed by the check after 'fingerprint', e.g. 3fa94c0d12be.
     */
    fingerprint: string;
    /**
     * Kind of finding
     */
    kind:
      | "nik"
      | "kk"
      | "phone"
      | "email"
      | "address"
      | "plate"
      | "birth-date"
      | "social-handle"
      | "person-name";
    /**
     * Reviewer's role: A role, never a name.
     */
    reviewerRole: string;
    /**
     * Why this is not personal data: Short text: One line of plain text.
     */
    reason: string;
    /**
     * Review date: Date: A calendar date: in the form, pick it in the calendar (it shows in your browser's own date format); in a file, written year-month-day, e.g. 2024-11-04.
     */
    reviewedOn: string;
  }[];
  /**
   * Draft: A draft is kept in the repository but never published, indexed or listed.
   */
  draft?: boolean;
}

/**
 * One measurable item of the follow-up action plan (Rencana Tindak Lanjut) agreed at the November 2024 refresher workshop. One JSON file per item.
 */
export interface ActionPlanItem {
  /**
   * Order in the plan
   */
  order: number;
  /**
   * Pillar: The pillar of the Tim Tangguh model this belongs to.
   */
  pillar: "awareness" | "case-management" | "social-cohesion" | "policy-advocacy";
  /**
   * Objective: Short text in both languages
   */
  objective: {
    /**
     * Bahasa Indonesia: Short text: One line of plain text.
     */
    id: string;
    /**
     * English: Short text: One line of plain text.
     */
    en: string;
  };
  /**
   * Indicator: What is counted to measure progress.
   */
  indicator: {
    /**
     * Bahasa Indonesia: Short text: One line of plain text.
     */
    id: string;
    /**
     * English: Short text: One line of plain text.
     */
    en: string;
  };
  /**
   * Unit: e.g. 'kegiatan' / 'activities'.
   */
  unit: {
    /**
     * Bahasa Indonesia: Short text: One line of plain text.
     */
    id: string;
    /**
     * English: Short text: One line of plain text.
     */
    en: string;
  };
  /**
   * Baseline: The value when the plan was agreed.
   */
  baseline: number;
  /**
   * Target
   */
  target: number;
  /**
   * Current value: The latest measured value. Add a dated update when it changes.
   */
  current: number;
  /**
   * Due date: Date: A calendar date: in the form, pick it in the calendar (it shows in your browser's own date format); in a file, written year-month-day, e.g. 2024-11-04.
   */
  dueDate: string;
  /**
   * Responsible: A role and the team(s) responsible. Never a person's name.
   */
  responsible: {
    /**
     * Role: Short text in both languages
     */
    role: {
      /**
       * Bahasa Indonesia: Short text: One line of plain text.
       */
      id: string;
      /**
       * English: Short text: One line of plain text.
       */
      en: string;
    };
    /**
     * Teams
     *
     * @minItems 1
     *
     * Items: Kelurahan: One of the four kelurahan with a Tim Tangguh (the short name of its team profile).
     */
    teams: ("benda-baru" | "pondok-kacang-timur" | "jombang" | "muncul")[];
  };
  /**
   * Status
   */
  status: "not-started" | "on-track" | "at-risk" | "done" | "dropped";
  /**
   * Progress updates: Dated measurements, oldest first.
   */
  updates: {
    /**
     * Date: A calendar date: in the form, pick it in the calendar (it shows in your browser's own date format); in a file, written year-month-day, e.g. 2024-11-04.
     */
    date: string;
    /**
     * Value on that date
     */
    value: number;
    /**
     * Note: Short text in both languages
     */
    note?: {
      /**
       * Bahasa Indonesia: Short text: One line of plain text.
       */
      id: string;
      /**
       * English: Short text: One line of plain text.
       */
      en: string;
    };
  }[];
  /**
   * Reviewed personal-data exceptions: Findings of the personal-data screen that a reviewer checked and judged not to be personal data (for example a public hotline or a public figure quoted in the news). Each names ONE finding by the fingerprint that `npm run check` printed; never write the value itself here. An exception that matches nothing is reported, so stale ones do not pile up.
   *
   * @maxItems 20
   */
  privacyExceptions?: {
    /**
     * Fingerprint: The 12 characters printed by the check after 'fingerprint', e.g. 3fa94c0d12be.
     */
    fingerprint: string;
    /**
     * Kind of finding
     */
    kind:
      | "nik"
      | "kk"
      | "phone"
      | "email"
      | "address"
      | "plate"
      | "birth-date"
      | "social-handle"
      | "person-name";
    /**
     * Reviewer's role: A role, never a name.
     */
    reviewerRole: string;
    /**
     * Why this is not personal data: Short text: One line of plain text.
     */
    reason: string;
    /**
     * Review date: Date: A calendar date: in the form, pick it in the calendar (it shows in your browser's own date format); in a file, written year-month-day, e.g. 2024-11-04.
     */
    reviewedOn: string;
  }[];
  /**
   * Draft: A draft is kept in the repository but never published, indexed or listed.
   */
  draft?: boolean;
}

/**
 * Raw counts of cases for one period, per kelurahan, concern and stage. This file is never published as it is: the site shows only totals after small-count suppression.
 */
export interface CaseStatistics {
  /**
   * Period: A year (2024) or a quarter (2024-Q3). Never an exact date: it could identify people.
   */
  period: string;
  /**
   * Counts
   */
  counts: {
    /**
     * Kelurahan: One of the four kelurahan with a Tim Tangguh (the short name of its team profile).
     */
    kelurahan: "benda-baru" | "pondok-kacang-timur" | "jombang" | "muncul";
    /**
     * Concern: What kind of early sign or situation the case was about.
     */
    concernCategory:
      | "online-exposure"
      | "recruitment-attempt"
      | "intolerance"
      | "returnee-reintegration"
      | "former-prisoner-reintegration"
      | "family-concern"
      | "other";
    /**
     * The furthest stage cases reached in the period.
     */
    stage: "recorded" | "verified" | "handled" | "resolved";
    /**
     * Number of cases
     */
    count: number;
  }[];
}

/**
 * A term volunteers and visitors meet in this knowledge base, defined in both languages. One JSON file per term; the file name is the term's short name used in links.
 */
export interface GlossaryTerm {
  /**
   * Term: The term as written in each language. Local terms (arisan, majelis taklim) keep their Indonesian form in English too.
   */
  term: {
    /**
     * Bahasa Indonesia: Short text: One line of plain text.
     */
    id: string;
    /**
     * English: Short text: One line of plain text.
     */
    en: string;
  };
  /**
   * Written out: For abbreviations: the full name (e.g. Badan Nasional Penanggulangan Terorisme).
   */
  expansion?: {
    /**
     * Bahasa Indonesia: Short text: One line of plain text.
     */
    id: string;
    /**
     * English: Short text: One line of plain text.
     */
    en: string;
  };
  /**
   * Definition: Text in both languages
   */
  definition: {
    /**
     * Bahasa Indonesia: Text: Plain text; blank lines separate paragraphs. No HTML.
     */
    id: string;
    /**
     * English: Text: Plain text; blank lines separate paragraphs. No HTML.
     */
    en: string;
  };
  /**
   * Other forms: Spellings and word forms readers may search for (e.g. radikalisasi, deradikalisasi).
   *
   * @maxItems 20
   *
   * Items: Short text: One line of plain text.
   */
  keywords?: string[];
  /**
   * Related terms
   *
   * @maxItems 10
   *
   * Items: Short name: Lower-case letters, digits and hyphens, e.g. benda-baru.
   */
  related?: string[];
  /**
   * Reviewed personal-data exceptions: Findings of the personal-data screen that a reviewer checked and judged not to be personal data (for example a public hotline or a public figure quoted in the news). Each names ONE finding by the fingerprint that `npm run check` printed; never write the value itself here. An exception that matches nothing is reported, so stale ones do not pile up.
   *
   * @maxItems 20
   */
  privacyExceptions?: {
    /**
     * Fingerprint: The 12 characters printed by the check after 'fingerprint', e.g. 3fa94c0d12be.
     */
    fingerprint: string;
    /**
     * Kind of finding
     */
    kind:
      | "nik"
      | "kk"
      | "phone"
      | "email"
      | "address"
      | "plate"
      | "birth-date"
      | "social-handle"
      | "person-name";
    /**
     * Reviewer's role: A role, never a name.
     */
    reviewerRole: string;
    /**
     * Why this is not personal data: Short text: One line of plain text.
     */
    reason: string;
    /**
     * Review date: Date: A calendar date: in the form, pick it in the calendar (it shows in your browser's own date format); in a file, written year-month-day, e.g. 2024-11-04.
     */
    reviewedOn: string;
  }[];
  /**
   * Draft: A draft is kept in the repository but never published, indexed or listed.
   */
  draft?: boolean;
}

/**
 * A dated milestone in the history of the Tim Tangguh model, with its source. One JSON file per event.
 */
export interface TimelineEvent {
  /**
   * When: As precise as the source allows: 2019, 2024-12 or 2024-11-04.
   */
  date: string;
  /**
   * Title: Short text in both languages
   */
  title: {
    /**
     * Bahasa Indonesia: Short text: One line of plain text.
     */
    id: string;
    /**
     * English: Short text: One line of plain text.
     */
    en: string;
  };
  /**
   * What happened: Text in both languages
   */
  description: {
    /**
     * Bahasa Indonesia: Text: Plain text; blank lines separate paragraphs. No HTML.
     */
    id: string;
    /**
     * English: Text: Plain text; blank lines separate paragraphs. No HTML.
     */
    en: string;
  };
  /**
   * Pillar: The pillar of the Tim Tangguh model this belongs to.
   */
  pillar?: "awareness" | "case-management" | "social-cohesion" | "policy-advocacy";
  /**
   * Show on the home page
   */
  highlight?: boolean;
  /**
   * Sources
   *
   * Items: Source: A publication or document this is based on.
   */
  sources?: {
    /**
     * Title of the source: Short text: One line of plain text.
     */
    title: string;
    /**
     * Web address: Only http and https addresses.
     */
    url?: string;
  }[];
  /**
   * Reviewed personal-data exceptions: Findings of the personal-data screen that a reviewer checked and judged not to be personal data (for example a public hotline or a public figure quoted in the news). Each names ONE finding by the fingerprint that `npm run check` printed; never write the value itself here. An exception that matches nothing is reported, so stale ones do not pile up.
   *
   * @maxItems 20
   */
  privacyExceptions?: {
    /**
     * Fingerprint: The 12 characters printed by the check after 'fingerprint', e.g. 3fa94c0d12be.
     */
    fingerprint: string;
    /**
     * Kind of finding
     */
    kind:
      | "nik"
      | "kk"
      | "phone"
      | "email"
      | "address"
      | "plate"
      | "birth-date"
      | "social-handle"
      | "person-name";
    /**
     * Reviewer's role: A role, never a name.
     */
    reviewerRole: string;
    /**
     * Why this is not personal data: Short text: One line of plain text.
     */
    reason: string;
    /**
     * Review date: Date: A calendar date: in the form, pick it in the calendar (it shows in your browser's own date format); in a file, written year-month-day, e.g. 2024-11-04.
     */
    reviewedOn: string;
  }[];
  /**
   * Draft: A draft is kept in the repository but never published, indexed or listed.
   */
  draft?: boolean;
}

/**
 * Settings for the whole site (data/site.json).
 */
export interface SiteSettings {
  /**
   * Site name: Short text in both languages
   */
  name: {
    /**
     * Bahasa Indonesia: Short text: One line of plain text.
     */
    id: string;
    /**
     * English: Short text: One line of plain text.
     */
    en: string;
  };
  /**
   * Tagline: Short text in both languages
   */
  tagline: {
    /**
     * Bahasa Indonesia: Short text: One line of plain text.
     */
    id: string;
    /**
     * English: Short text: One line of plain text.
     */
    en: string;
  };
  /**
   * Public address: Where the site is published, without a trailing slash.
   */
  url: string;
  /**
   * Languages: The site's languages, the first is the default.
   *
   * @minItems 2
   * @maxItems 2
   */
  languages: unknown[];
  /**
   * Smallest count shown: Case counts below this number are shown as '<k' so that nobody can be singled out. At least 3: '<2' would only hide whether there was one case or none.
   */
  suppressionThreshold: number;
  /**
   * Sample content: While true, every page says that case studies and activity figures are illustrative samples.
   */
  sampleContent: boolean;
  /**
   * Source repository
   */
  repositoryUrl?: string;
}

/**
 * Every piece of interface text in one language (data/i18n/<language>.json), keyed by dotted names such as nav.modules. Both languages must have the same keys.
 */
export interface InterfaceText {
  [k: string]: string;
}

/**
 * What the personal-data screen must never flag because it is public (data/privacy/allow-list.json): place and institution names, role words, ordinary phrases that contain an honorific, public document numbers, public figures and long-deceased historical figures. Write each entry as it appears in text; capitals and extra spaces are ignored and only whole words match. Never list a private person here: a reviewed false positive in one content file is allowed in that file, finding by finding, not in this list.
 */
export interface PrivacyAllowList {
  /**
   * Place names: Public names of places: kelurahan, kecamatan, cities, provinces, countries (e.g. Pondok Kacang Timur, Pamulang, Kota Tangerang Selatan). A place name next to an honorific or inside a finding is not a person's name.
   *
   * @maxItems 500
   */
  placeNames: string[];
  /**
   * Institutions: Public names and abbreviations of institutions, agencies and community bodies (e.g. BNPT, Kesbangpol, FKPT, Densus 88, Yayasan Empatiku, Puskesmas, KUA).
   *
   * @maxItems 500
   */
  institutions: string[];
  /**
   * Role words: Words for a role, an office or a group of people, not a person (e.g. Lurah, Camat, RT, RW, Babinsa, Bhabinkamtibmas, Kapolsek, Ustadz, ketua, Jamaah, Tokoh Agama, Guru Ngaji). After an honorific they name a role: 'Ibu Lurah', 'Pak RT', 'Pak Ustadz' and 'Bapak Ibu Tokoh Agama' are not names; a name after them still is ('Pak Ustadz Rahmat').
   *
   * @maxItems 500
   */
  roleWords: string[];
  /**
   * Ordinary phrases with an honorific or a street word: Phrases in which Ibu, Bapak, Mas, Jalan and similar words are ordinary words, not the start of a name or an address (e.g. ibu kota, ibu-ibu, bapak-bapak, seorang ibu, ibu rumah tangga, jalan tengah, bapak koperasi).
   *
   * @maxItems 500
   */
  commonNounPhrases: string[];
  /**
   * Public numbers: Numbers of decrees, letters and regulations, and public region codes, written out in full as they appear in text (e.g. 339.05/Kep.173-Huk/2023, Perpres No. 7 Tahun 2021, 36.74). Each is a literal example, not a pattern.
   *
   * @maxItems 500
   */
  publicNumbers: string[];
  /**
   * Public figures: People who may be named because they act in a public office, each with the role that makes them public, e.g. { "name": "<full name as written in official sources>", "role": "Wali Kota Tangerang Selatan" }. Only office holders acting in that office; never volunteers, residents or anyone in a case.
   *
   * @maxItems 200
   */
  publicFigures: {
    /**
     * Name: The name as it is written in text, without honorific.
     */
    name: string;
    /**
     * Public role: The office that makes this person public, e.g. Wali Kota Tangerang Selatan.
     */
    role: string;
  }[];
  /**
   * Historical figures: Long-deceased scholars and national heroes whom training modules quote by title and name (KH. Hasyim Asy'ari, Gus Dur, Ir. Soekarno). Only the forms listed are allowed, each as written in text with its title, so that a living namesake ('Pak Ahmad Dahlan', 'Bu Kartini') is still flagged. Only real people who died at least ten years ago, each with the reason they are public; never anyone in a case.
   *
   * @maxItems 200
   */
  historicalFigures: {
    /**
     * Name: The person's best-known full name, for the reviewer.
     */
    name: string;
    /**
     * Forms in text: Title and name as written in text, e.g. KH. Hasyim Asy'ari, K.H. Hasyim Asy'ari, Gus Dur. Straight and curly apostrophes are the same.
     *
     * @minItems 1
     * @maxItems 20
     */
    forms: string[];
    /**
     * Year of death: The year the person died; at least ten years ago.
     */
    died: number;
    /**
     * Why public: What makes this person a public, historical figure, e.g. Pendiri Nahdlatul Ulama; Pahlawan Nasional.
     */
    reason: string;
  }[];
}
