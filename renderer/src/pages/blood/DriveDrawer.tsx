// One drive's record: where, when, who organised it with which partner units, who came and
// what they gave (summed from the donations), and the donations themselves.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Drive } from '../../../../electron/contract/blood';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { useBloodView } from './bloodView';
import type { DonationPreset } from './DonationFormModal';
import { DonationsTable } from './DonationsTable';
import { DriveTotals } from './DriveTotals';

interface Props {
  /** null: closed. */
  readonly driveId: number | null;
  readonly onClose: () => void;
  readonly onEdit: (drive: Drive) => void;
  readonly onRecord: (preset: DonationPreset) => void;
  readonly onOpenPerson: (personId: number) => void;
}

function DriveRecord({ drive, onOpenPerson }: { readonly drive: Drive; readonly onOpenPerson: (personId: number) => void }) {
  const { t } = useTranslation();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const none = t('common.none');
  return (
    <Flex vertical gap={24}>
      <Descriptions
        column={1}
        bordered
        size="small"
        styles={{ label: { width: 110 } }}
        items={[
          { key: 'date', label: t('blood.drives.date'), children: drive.date },
          { key: 'site', label: t('blood.drives.site'), children: drive.site },
          { key: 'organiser', label: t('blood.drives.organiser'), children: drive.organiser ?? none },
          {
            key: 'partners',
            label: t('blood.drives.partners'),
            children: drive.partnerUnits.length > 0 ? drive.partnerUnits.map((u) => <Tag key={u.id}>{u.name}</Tag>) : none,
          },
          { key: 'notes', label: t('blood.drives.notes'), children: drive.notes ?? none },
        ]}
      />
      <DriveTotals totals={drive.totals} />
      <div>
        <Typography.Title level={5}>{t('blood.drives.donationsHere')}</Typography.Title>
        <DonationsTable
          filter={{ driveId: drive.id }}
          page={paging.page}
          pageSize={paging.pageSize}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
          onOpenPerson={onOpenPerson}
          showDrive={false}
        />
      </div>
    </Flex>
  );
}

export function DriveDrawer({ driveId, onClose, onEdit, onRecord, onOpenPerson }: Props) {
  const { t } = useTranslation();
  const revision = useBloodView((s) => s.revision);
  const drive = useApiQuery('blood.getDrive', driveId === null ? null : { id: driveId }, revision);
  const ready = drive.data !== undefined && drive.data.id === driveId;
  return (
    <Drawer
      title={
        <Space>
          {t('blood.drives.detailTitle')}
          {ready && drive.data!.isRecord ? <Tag color="volcano">{t('blood.drives.record')}</Tag> : null}
        </Space>
      }
      open={driveId !== null}
      onClose={onClose}
      size={860}
      destroyOnHidden
      extra={
        ready ? (
          <Space>
            <Button icon={<EditOutlined aria-hidden />} onClick={() => onEdit(drive.data!)}>
              {t('common.edit')}
            </Button>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => onRecord({ driveId: drive.data!.id, date: drive.data!.date })}>
              {t('blood.drives.recordHere')}
            </Button>
          </Space>
        ) : null
      }
    >
      {drive.error !== undefined ? (
        <Alert type="error" showIcon title={describeError(t, drive.error)} />
      ) : ready ? (
        <DriveRecord drive={drive.data!} onOpenPerson={onOpenPerson} />
      ) : (
        <Skeleton active />
      )}
    </Drawer>
  );
}
