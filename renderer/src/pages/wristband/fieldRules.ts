// Checks the wristband forms run as staff type, with the registry's own rules (the same parsers
// the contract uses), so a wrong phone or band code is flagged before saving.
import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { parsePhone } from '../../../../electron/contract/validation';
import { parseBandCode } from '../../../../electron/contract/validation/bandCode';

export function usePhoneRule(): FormRule {
  const { t } = useTranslation();
  return {
    validateTrigger: 'onBlur',
    validator: async (_, raw: string | undefined) => {
      if (raw?.trim() && parsePhone(raw) === null) throw new Error(t('wristband.issues.CONTACT_PHONE'));
    },
  };
}

/** An empty code is allowed where the registry assigns the next one. */
export function useBandCodeRule(): FormRule {
  const { t } = useTranslation();
  return {
    validator: async (_, raw: string | undefined) => {
      if (!raw?.trim()) return;
      const parsed = parseBandCode(raw);
      if (!parsed.ok) throw new Error(t(parsed.reason === 'check' ? 'wristband.issues.BAND_CODE_CHECK' : 'wristband.issues.BAND_CODE_FORMAT'));
    },
  };
}
