// The 总览 page and the 统计报表 page as a test sees them: the charts (SVG, so each bar is an
// element), their tooltips, the report's table and its buttons.
import { expect, type Locator, type Page } from '@playwright/test';

export class DashboardPage {
  readonly donationsChart: Locator;
  readonly reportTable: Locator;

  constructor(readonly page: Page) {
    this.donationsChart = page.getByRole('figure', { name: /献血人次/ });
    this.reportTable = page.getByRole('main').getByRole('table');
  }

  /** The tallest bar of the donations chart: a month that surely has donations. */
  async tallestDonationBar(): Promise<{ x: number; y: number }> {
    await expect(this.donationsChart.locator('svg path').first()).toBeAttached();
    await this.donationsChart.scrollIntoViewIfNeeded();
    const box = await this.donationsChart.evaluate((figure) => {
      // Bars are the paths filled with the first series' colour; the axis and line are strokes.
      const fill = (p: Element) => p.getAttribute('fill');
      const paths = Array.from(figure.querySelectorAll('svg path')).filter((p) => fill(p) !== null && fill(p) !== 'none' && !p.getAttribute('stroke-width'));
      const bars = paths.map((p) => p.getBoundingClientRect()).filter((r) => r.width > 0 && r.width < 60);
      const tallest = bars.sort((a, b) => b.height - a.height)[0];
      return { x: tallest.x + tallest.width / 2, y: tallest.y + tallest.height / 2 };
    });
    return box;
  }

  /** Hovers a point of a chart and reads the month its tooltip names. */
  async monthAt(point: { x: number; y: number }): Promise<string> {
    await this.page.mouse.move(point.x, point.y);
    const tooltip = this.page.locator('div').filter({ hasText: /^\d{4}-\d{2}/ }).last();
    await expect(tooltip).toBeVisible();
    return (await tooltip.innerText()).match(/\d{4}-\d{2}/)![0];
  }
}
