// Nothing of the registry shows until someone has said who is working: the audit log names
// them in every entry. A reload keeps the sign-in; a new start of the app asks again.
import { useEffect, useState, type ReactNode } from 'react';
import { useSessionStore } from '../store/session';
import { SignInScreen } from './SignInScreen';
import { StartupScreen } from './StartupScreen';

export function SignInGate({ children }: { readonly children: ReactNode }) {
  const staff = useSessionStore((s) => s.staff);
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
  return staff === null ? <SignInScreen /> : children;
}
