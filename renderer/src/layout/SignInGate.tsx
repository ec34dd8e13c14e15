// Nothing of the registry shows until someone has signed in: the audit log names them in every
// entry. A reload keeps the sign-in; a new start of the app asks again. A locked window keeps
// the app underneath (a half-filled form survives) behind the lock screen.
import { useEffect, useState, type ReactNode } from 'react';
import { useSessionStore } from '../store/session';
import { IdleLock } from './IdleLock';
import { LockScreen } from './LockScreen';
import { SignInScreen } from './SignInScreen';
import { StartupScreen } from './StartupScreen';

export function SignInGate({ children }: { readonly children: ReactNode }) {
  const staff = useSessionStore((s) => s.staff);
  const locked = useSessionStore((s) => s.locked);
  const load = useSessionStore((s) => s.load);
  const [error, setError] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    load().catch(setError);
  }, [load, attempt]);

  if (error !== undefined) {
    return (
      <StartupScreen
        error={error}
        onRetry={() => {
          setError(undefined);
          setAttempt((n) => n + 1);
        }}
      />
    );
  }
  if (staff === undefined) return <StartupScreen onRetry={() => setAttempt((n) => n + 1)} />;
  if (staff === null) return <SignInScreen />;
  return (
    <>
      {/* inert: neither Tab nor a screen reader reaches the work behind the lock. */}
      <div inert={locked}>{children}</div>
      {locked ? <LockScreen staff={staff} /> : <IdleLock />}
    </>
  );
}
