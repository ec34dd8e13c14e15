// What the account tests share: a window (a dispatcher that requires sign-in) whose first-run
// setup has made 陈红 the administrator, signed in.
import { setup } from './peopleSetup';

export const ADMIN_PASSWORD = '红十字会2025';
export const STAFF_PASSWORD = '献血光荣12345';

export async function windowWithAdmin() {
  const window = setup({ requireSignIn: true });
  const { staff: admin, recoveryCode } = await window.call('account.setup', { name: '陈红', password: ADMIN_PASSWORD });
  return { ...window, admin, recoveryCode };
}
