// The print framework on paper: card sheets are A4 with ten cards each, the roster starts every
// village on a new page, and ?village= narrows a print to one village. Read back from real PDFs.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test } from './fixtures';

const CLI = resolve(import.meta.dirname, '../../electron/cli/main.ts');
const A4_POINTS = { width: 595.28, height: 841.89 };

async function pagesOf(pdf: Buffer): Promise<{ document: PDFDocumentProxy; texts: string[] }> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return { document, texts };
}

test('cards print ten to an A4 sheet, the roster gives each village its own pages, and a village can be printed alone', async ({ app, page, registry }) => {
  // The demo registry's care-wristband participants, written beside the running server.
  execFileSync(process.execPath, ['--import', 'tsx', CLI, '--db', registry.dbPath, 'demo', '--people', '2000'], { stdio: 'ignore' });

  await page.goto(`${registry.url}#/print/roster-cards`);
  const cards = page.getByRole('article');
  await expect(cards.first()).toBeVisible();
  const cardCount = await cards.count();
  // More than one sheet, so the split into sheets is what is checked.
  expect(cardCount).toBeGreaterThan(10);
  const cardsPdf = await pagesOf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(cardsPdf.document.numPages).toBe(Math.ceil(cardCount / 10));
  const { width, height } = (await cardsPdf.document.getPage(1)).getViewport({ scale: 1 });
  expect(width).toBeCloseTo(A4_POINTS.width, 0);
  expect(height).toBeCloseTo(A4_POINTS.height, 0);
  expect(cardsPdf.texts.join('').match(/请帮我联系家人/g)).toHaveLength(cardCount);

  await page.getByRole('button', { name: '返回' }).click();
  await expect(app.heading).toHaveText('爱心手环');
  await page.getByRole('button', { name: '打印名册' }).click();
  const headings = page.getByRole('heading', { level: 1, name: /^爱心手环名册 · / });
  await expect(headings.first()).toBeVisible();
  const villages = (await headings.allInnerTexts()).map((text) => text.replace('爱心手环名册 · ', ''));
  expect(villages.length).toBeGreaterThan(1);
  const roster = await pagesOf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  // Every village starts on a page of its own: no page carries two villages' headings.
  for (const text of roster.texts) expect(text.match(/爱心手环名册 · /g)?.length ?? 0).toBeLessThanOrEqual(1);
  expect(roster.texts.filter((text) => text.includes('爱心手环名册 · '))).toHaveLength(villages.length);

  // Rows under each village's heading in the full roster.
  const rowsPerVillage = await page.evaluate(() =>
    Object.fromEntries(Array.from(document.querySelectorAll('h1')).map((h) => [h.textContent ?? '', h.parentElement?.querySelectorAll('tbody tr').length ?? 0])),
  );
  const village = villages[0]!;
  await page.goto(`${registry.url}#/print/roster?village=${encodeURIComponent(village)}`);
  await expect(page.getByRole('heading', { level: 4 })).toHaveText(`爱心手环名册 · ${village}`);
  await expect(headings).toHaveCount(1);
  await expect(headings).toHaveText(`爱心手环名册 · ${village}`);
  await expect(page.locator('tbody tr')).toHaveCount(rowsPerVillage[`爱心手环名册 · ${village}`]!);
});
