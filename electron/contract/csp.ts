// The one Content-Security-Policy of the app: only our own scripts, no inline script, inline
// styles allowed because antd injects them. The shell's app:// protocol and browser mode's
// server send it as a header; renderer/index.html repeats it as a meta tag (a test keeps the
// two equal), minus frame-ancestors, which a meta tag cannot carry.
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

export const CONTENT_SECURITY_POLICY = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
