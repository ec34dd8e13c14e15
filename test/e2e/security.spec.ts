// What a real browser enforces for browser mode. The Content-Security-Policy stops script that
// found its way into the page (a name pasted into a record and rendered unescaped, a tampered
// asset) from running at all; and the server answers only its own page, so another site open
// in the same browser — directly, or through DNS rebinding — cannot read the registry.
// (The node-level checks of the token, the Host header and the CSP headers are in
// test/core/server.test.ts; here is what Chromium itself does with them.)
import { expect, test } from './fixtures';

// No `app` fixture: it fails a test on any console error, and each of these provokes one.
test.beforeEach(async ({ page, registry }) => {
  await page.goto(registry.url);
});

test('the CSP blocks an inline script injected into the page, and reports the violation', async ({ page }) => {
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.head.append(script);
    // Handlers given as attributes are inline script too.
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.__handler = true;');
    image.src = 'data:image/png;base64,AAAA';
    document.body.append(image);
    // The violation events are dispatched as tasks: let them arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const w = window as unknown as Record<string, unknown>;
    return { injected: w.__injected ?? false, handler: w.__handler ?? false, violations };
  });
  expect(outcome.injected).toBe(false);
  expect(outcome.handler).toBe(false);
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
});

test('the CSP blocks eval and new Function', async ({ page }) => {
  // Tried from a timer, as the page's own code would run: DevTools lets code it evaluates itself
  // use eval (Runtime.evaluate's allowUnsafeEvalBlockedByCSP), so a direct attempt would pass.
  const outcome = await page.evaluate(
    () =>
      new Promise((resolve) => {
        setTimeout(() => {
          const attempt = (run: () => unknown) => {
            try {
              run();
              return 'ran';
            } catch (error) {
              return (error as Error).name;
            }
          };
          resolve({
            eval: attempt(() => eval('1 + 1')),
            function: attempt(() => new Function('return 1')()),
          });
        }, 0);
      }),
  );
  expect(outcome).toEqual({ eval: 'EvalError', function: 'EvalError' });
});

test('the page cannot reach the registry without its token', async ({ page }) => {
  // What another page's script could attempt: a plain POST, without the token the app's page carries.
  const status = await page.evaluate(async () => {
    const response = await fetch('/rpc', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method: 'people.list', input: {} }) });
    return { code: response.status, body: (await response.json()) as { error?: { code?: string } } };
  });
  expect(status).toEqual({ code: 401, body: { error: expect.objectContaining({ code: 'UNAUTHORIZED' }) } });
});

test('a site that rebinds its name to the registry gets neither the page nor its token', async ({ playwright, launchOptions, registry }) => {
  // Chromium told that evil.example lives on 127.0.0.1: DNS rebinding, without a DNS server.
  const port = new URL(registry.url).port;
  const browser = await playwright.chromium.launch({ ...launchOptions, args: [...(launchOptions.args ?? []), '--host-resolver-rules=MAP evil.example 127.0.0.1'] });
  try {
    const page = await browser.newPage();
    const response = await page.goto(`http://evil.example:${port}/`);
    expect(response?.status()).toBe(403);
    expect(await page.content()).not.toContain('sanxian-rpc-token');
    const rpc = await page.evaluate(async () => (await fetch('/rpc', { method: 'POST', body: '{"method":"system.info"}' })).status);
    expect(rpc).toBe(403);
  } finally {
    await browser.close();
  }
});
