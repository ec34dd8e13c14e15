// The dashboard's tiles: one figure each, with what it is compared with underneath.
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Statistic, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard, YearOnYear } from '../../../../electron/contract/overview';
import { PIPELINE } from '../../../../electron/contract/stemcell';
import { PLEDGE_KINDS } from '../../../../electron/contract/organ';
import { useOpenList } from './useOpenList';

function Tile({ title, value, children, onClick, danger }: { title: ReactNode; value: number; children?: ReactNode; onClick?: () => void; danger?: boolean }) {
  return (
    <Card size="small" hoverable={onClick !== undefined} onClick={onClick} style={{ height: '100%' }}>
      <Statistic title={title} value={value} styles={danger ? { content: { color: '#cf1322' } } : undefined} />
      <div style={{ marginTop: 4 }}>{children}</div>
    </Card>
  );
}

function Change({ now, before }: { now: number; before: number }) {
  const { t } = useTranslation();
  if (now === before) return <Typography.Text type="secondary">{t('overview.change.same')}</Typography.Text>;
  const up = now > before;
  return (
    <Typography.Text type={up ? 'success' : 'danger'}>
      {up ? <ArrowUpOutlined aria-hidden /> : <ArrowDownOutlined aria-hidden />} {t(up ? 'overview.change.up' : 'overview.change.down', { value: Math.abs(now - before) })}
    </Typography.Text>
  );
}

function VolumeTile({ title, figures, onClick }: { title: string; figures: YearOnYear; onClick: () => void }) {
  const { t } = useTranslation();
  const { current, lastYear } = figures;
  return (
    <Tile title={<Tooltip title={t('overview.tiles.period', { from: figures.from, to: figures.to })}>{title}</Tooltip>} value={current.donations} onClick={onClick}>
      <Flex vertical>
        <Typography.Text>{t('overview.tiles.wholeBlood', { ml: current.wholeBloodMl })}</Typography.Text>
        <Typography.Text>{t('overview.tiles.platelets', { units: current.plateletUnits })}</Typography.Text>
        <Typography.Text type="secondary">
          {t('overview.tiles.lastYear', { count: lastYear.donations })} <Change now={current.donations} before={lastYear.donations} />
        </Typography.Text>
      </Flex>
    </Tile>
  );
}

export function Tiles({ dashboard }: { readonly dashboard: Dashboard }) {
  const { t } = useTranslation();
  const open = useOpenList();
  const { blood, stemcell, organ, wristband } = dashboard;
  const inProgramme = PIPELINE.reduce((sum, s) => sum + stemcell.byStatus[s], 0);
  const tiles = [
    <Tile key="active" title={t('overview.tiles.activeDonors')} value={blood.activeDonors} onClick={() => open.eligibleDonors()}>
      <Typography.Text type="secondary">{t('overview.tiles.activeDonorsHelp', { since: blood.activeSince })}</Typography.Text>
    </Tile>,
    <VolumeTile key="month" title={t('overview.tiles.thisMonth')} figures={blood.thisMonth} onClick={() => open.donationsBetween(blood.thisMonth.from, blood.thisMonth.to)} />,
    <VolumeTile key="year" title={t('overview.tiles.thisYear')} figures={blood.thisYear} onClick={() => open.donationsBetween(blood.thisYear.from, blood.thisYear.to)} />,
    <Tile key="stemcell" title={t('overview.tiles.stemcell')} value={inProgramme}>
      <Typography.Text type="secondary">{t('overview.tiles.newThisYear', { count: stemcell.newThisYear })}</Typography.Text>
      <Flex wrap gap={4} style={{ marginTop: 4 }}>
        {PIPELINE.filter((s) => stemcell.byStatus[s] > 0).map((s) => (
          <Tag key={s} style={{ cursor: 'pointer' }} onClick={() => open.volunteersAt(s)}>
            {t(`stemcell.status.${s}`)} {stemcell.byStatus[s]}
          </Tag>
        ))}
      </Flex>
    </Tile>,
    <Tile key="organ" title={t('overview.tiles.pledges')} value={organ.active}>
      <Flex wrap gap={4}>
        {PLEDGE_KINDS.map((k) => (
          <Tag key={k}>
            {t(`organ.kinds.${k}`)} {organ.byKind[k]}
          </Tag>
        ))}
      </Flex>
    </Tile>,
    <Tile key="wristband" title={t('overview.tiles.wristband')} value={wristband.activeParticipants} danger={wristband.missing.length > 0} onClick={() => open.incidents()}>
      <Typography.Text type={wristband.missing.length > 0 ? 'danger' : 'secondary'} strong={wristband.missing.length > 0}>
        {wristband.missing.length > 0 ? t('overview.tiles.missingNow', { count: wristband.missing.length }) : t('overview.tiles.nobodyMissing')}
      </Typography.Text>
    </Tile>,
  ];
  return (
    <Row gutter={[16, 16]}>
      {tiles.map((tile) => (
        <Col key={tile.key} xs={24} sm={12} xl={8} xxl={4}>
          {tile}
        </Col>
      ))}
    </Row>
  );
}
