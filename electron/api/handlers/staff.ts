import { createStaff, listStaff } from '../../registry/staff/repository';
import type { HandlersFor } from '../types';

export const staffHandlers: HandlersFor<'staff'> = {
  'staff.list': (_input, { registry }) => listStaff(registry.db),
  'staff.create': ({ name }, { registry, session }) => createStaff(registry.db, name, session.actor()),
};

export const sessionHandlers: HandlersFor<'session'> = {
  'session.get': (_input, { session }) => session.state(),
  'session.signIn': ({ staffId }, { registry, session }) => session.signIn(registry.db, staffId),
  'session.signOut': (_input, { registry, session }) => session.signOut(registry.db),
};
