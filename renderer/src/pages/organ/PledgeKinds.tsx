// What a pledge gives, as tags: 器官（肝脏、肾脏） 眼角膜 遗体.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PledgeSummary } from '../../../../electron/contract/organ';

export function PledgeKinds({ kinds, organs }: Pick<PledgeSummary, 'kinds' | 'organs'>) {
  const { t } = useTranslation();
  return (
    <>
      {kinds.map((kind) => (
        <Tag key={kind} color={kind === 'body' ? 'purple' : 'blue'}>
          {t(`organ.kinds.${kind}`)}
          {kind === 'organs' && organs.length > 0 && `（${organs.map((o) => t(`organ.organs.${o}`)).join('、')}）`}
        </Tag>
      ))}
    </>
  );
}
