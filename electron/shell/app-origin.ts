// The one origin the app trusts. The renderer is served from app://sanxian/ (see protocol.ts), so
// "is this our page?" is a question about this scheme and host only — never about file:// paths,
// which any local HTML file would share.

export const APP_SCHEME = 'app';
export const APP_HOST = 'sanxian';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Node's URL reports origin 'null' for custom schemes, so compare scheme and host instead.
 * Anything unparsable is foreign.
 */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
