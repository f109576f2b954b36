/**
 * The media library the CMS is configured with (lib/cms/cms-config.ts) and the admin page
 * registers (lib/cms/browser/admin.ts): it offers nothing, since the site renders no images
 * from content, so Decap shows no Media tab.
 */
export const NO_UPLOADS_LIBRARY = "pustaka-no-uploads";
