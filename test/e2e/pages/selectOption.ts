// Picks an option in the antd drop-down that is open now. antd keeps closed drop-downs in the
// page and fades them out, so a plain ':visible' match can land on the one that is closing (a
// second Select opened right after the first) and wait for it forever. Its role="option"
// elements are a hidden copy for screen readers; the visible list is what staff click.
import type { Page } from '@playwright/test';

const OPEN_DROPDOWN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])';

export async function selectOption(page: Page, option: string | RegExp): Promise<void> {
  await page.locator(OPEN_DROPDOWN).locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}
