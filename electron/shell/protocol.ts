// Serves the built renderer from app://sanxian/ instead of file://. A custom origin gives the page
// a real, narrow 'self' for the CSP, keeps other local files unreachable, and lets the IPC handler
// recognise our frames by origin (see app-origin.ts).
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../contract/csp';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { contentTypeOf, resolveRendererFile } from './renderer-files';

/**
 * Must run before the app is ready. 'standard' gives the scheme normal URL resolution and an
 * origin (needed for relative asset paths and ES modules); 'secure' lets it count as a secure
 * context like https.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveRendererFile(rendererRoot, url.pathname) : null;
    if (file === null) return textResponse(403, 'Forbidden');
    try {
      const body = await readFile(file);
      return new Response(body, { status: 200, headers: headersFor(contentTypeOf(file)) });
    } catch {
      return textResponse(404, 'Not found');
    }
  });
}

function headersFor(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: headersFor('text/plain; charset=utf-8') });
}
