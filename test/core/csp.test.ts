// The page's own CSP meta tag must say what the app:// protocol and browser mode send.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, CONTENT_SECURITY_POLICY } from '../../electron/contract/csp';

describe('content security policy', () => {
  it('is the same in renderer/index.html as in the headers, and forbids inline script', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CSP_DIRECTIVES.join('; '));
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
