// The submit step of the screens before work starts: the button spins while the registry checks
// (scrypt takes a moment), and a refusal is shown in the form itself — a wrong password or a
// lockout must stay readable, not vanish with a toast.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/errors';

export function useSignInAttempt<V>(work: (values: V) => Promise<void>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (values: V) => {
    setBusy(true);
    setError(null);
    try {
      await work(values);
    } catch (refusal) {
      setError(describeError(t, refusal));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}
