// Staff and who is signed in. A simple local sign-in: staff pick their name, and every audit
// entry names them. Passwords and roles (issue 6) replace SessionSignInInput and extend
// SessionState; the methods and the per-window session stay.
import { z } from 'zod';
import { method } from './spec';
import { EmptyInput } from './system';
import { normaliseName } from './validation';

export interface StaffMember {
  readonly id: number;
  readonly name: string;
  readonly active: boolean;
  readonly createdAt: string;
}

export interface SessionState {
  /** null until someone signs in. */
  readonly staff: StaffMember | null;
}

export const StaffCreateInput = z
  .object({
    name: z
      .string({ error: '请填写工作人员姓名' })
      .transform(normaliseName)
      .pipe(z.string().min(1, '请填写工作人员姓名').max(50, '工作人员姓名不能超过50个字')),
  })
  .strict();

export const SessionSignInInput = z.object({ staffId: z.number().int().positive() }).strict();

/** The methods that work before anyone signs in: what the sign-in screen itself needs. */
export const OPEN_METHODS: ReadonlySet<string> = new Set([
  'system.info',
  'settings.get',
  'staff.list',
  'staff.create',
  'session.get',
  'session.signIn',
  'session.signOut',
]);

export const staffMethods = {
  'staff.list': method<readonly StaffMember[]>()(EmptyInput),
  'staff.create': method<StaffMember>()(StaffCreateInput),
} as const;

export const sessionMethods = {
  'session.get': method<SessionState>()(EmptyInput),
  'session.signIn': method<SessionState>()(SessionSignInInput),
  'session.signOut': method<SessionState>()(EmptyInput),
} as const;
