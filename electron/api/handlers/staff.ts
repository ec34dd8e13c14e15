import { recoverAdministrator, renewRecoveryCode, setupAdministrator } from '../../registry/staff/accounts';
import { hashPassword } from '../../registry/staff/passwords';
import { createStaff, listStaff, resetPassword, updateStaff } from '../../registry/staff/repository';
import type { HandlersFor } from '../types';

export const staffHandlers: HandlersFor<'staff'> = {
  'staff.list': (_input, { registry }) => listStaff(registry.db),
  'staff.create': async ({ name, password, role }, { registry, actor }) => createStaff(registry.db, { name, role, passwordHash: await hashPassword(password) }, actor),
  'staff.update': (change, { registry, actor }) => updateStaff(registry.db, change, actor),
  'staff.resetPassword': async ({ id, password }, { registry, actor }) => resetPassword(registry.db, id, await hashPassword(password), actor),
};

export const sessionHandlers: HandlersFor<'session'> = {
  'session.get': (_input, { registry, session }) => session.state(registry.db),
  'session.signIn': ({ staffId, password }, { registry, session, actor }) => session.signIn(registry.db, staffId, password, actor),
  'session.signOut': (_input, { registry, session }) => session.signOut(registry.db),
  'session.lock': (_input, { registry, session }) => session.lock(registry.db),
  'session.unlock': ({ password }, { registry, session, actor }) => session.unlock(registry.db, password, actor),
  'session.changePassword': ({ current, next }, { registry, session }) => session.changePassword(registry.db, current, next),
};

export const accountHandlers: HandlersFor<'account'> = {
  'account.setup': async ({ name, password }, { registry, session }) => {
    const granted = await setupAdministrator(registry, name, password);
    session.begin(registry.db, granted.staff);
    return granted;
  },
  'account.recover': async (recovery, { registry, session, actor }) => {
    const granted = await recoverAdministrator(registry, { ...recovery, actor });
    session.begin(registry.db, granted.staff);
    return granted;
  },
  'account.renewRecoveryCode': async ({ password }, { registry, session }) => ({
    recoveryCode: await renewRecoveryCode(registry, session.member(registry.db), password),
  }),
};
