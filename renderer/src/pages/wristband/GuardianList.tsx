// The guardians in their order, each phone with the day it was last confirmed; the band
// contact (the number printed on the band) marked. `large` is for a lookup, where staff read
// the number out while someone waits.
import { PhoneOutlined } from '@ant-design/icons';
import { Button, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Guardian } from '../../../../electron/contract/wristband';

interface Props {
  readonly guardians: readonly Guardian[];
  readonly large?: boolean;
  /** Shows a 核实 button per phone. */
  readonly onConfirm?: (guardian: Guardian, phone: string) => void;
}

export function GuardianList({ guardians, large = false, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      bordered
      dataSource={[...guardians]}
      locale={{ emptyText: t('wristband.guardians.none') }}
      renderItem={(guardian, index) => (
        <List.Item aria-label={guardian.name}>
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Flex gap={8} align="center" wrap>
              <Typography.Text type="secondary">{index + 1}.</Typography.Text>
              <Typography.Text strong>{guardian.name}</Typography.Text>
              <Typography.Text type="secondary">{t(`wristband.relations.${guardian.relation}`)}</Typography.Text>
              {guardian.isBandContact && <Tag color="blue">{t('wristband.guardians.bandContact')}</Tag>}
            </Flex>
            {guardian.phones.map(({ phone, confirmedOn }) => (
              <Flex key={phone} gap={12} align="center" wrap>
                <Typography.Text copyable style={{ fontSize: large ? 20 : undefined, fontVariantNumeric: 'tabular-nums' }}>
                  <PhoneOutlined aria-hidden style={{ marginInlineEnd: 6 }} />
                  {phone}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {confirmedOn ? t('wristband.guardians.confirmedOn', { date: confirmedOn }) : t('wristband.guardians.neverConfirmed')}
                </Typography.Text>
                {onConfirm && (
                  <Button size="small" onClick={() => onConfirm(guardian, phone)}>
                    {t('wristband.guardians.confirm')}
                  </Button>
                )}
              </Flex>
            ))}
          </Flex>
        </List.Item>
      )}
    />
  );
}
