// "录入 HLA 分型": lab, date, resolution and two alleles for each locus, each checked against
// the nomenclature as it is typed (the same check the registry makes). A, B and DRB1 are required;
// C, DQB1 and DPB1 when the lab reported them.
import { Col, DatePicker, Form, Input, Radio, Row, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import type { FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { REQUIRED_LOCI, RESOLUTIONS, type EnrollmentDetail, type Resolution } from '../../../../electron/contract/stemcell';
import { HLA_EXAMPLES, HLA_LOCI, parseHlaAllele, type HlaLocus, type HlaProblem } from '../../../../electron/contract/validation/hla';
import { api } from '../../api/client';
import { notInFuture, toIsoDate } from './dates';
import { useFormSubmit } from './useFormSubmit';

interface Props {
  readonly enrollment: EnrollmentDetail;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onDone: (enrollment: EnrollmentDetail) => void;
}

interface Values {
  typedOn: Dayjs;
  lab: string;
  resolution: Resolution;
  alleles: Partial<Record<HlaLocus, [string | undefined, string | undefined]>>;
}

const FIELDS = ['typedOn', 'lab', 'resolution', 'alleles'];

function useAlleleRule(locus: HlaLocus, index: 0 | 1): FormRule {
  const { t } = useTranslation();
  return ({ getFieldValue }) => ({
    async validator(_, raw: string | undefined) {
      const other = getFieldValue(['alleles', locus, 1 - index]) as string | undefined;
      const problem = (p: HlaProblem, found?: string) => new Error(t(`stemcell.hla.${p}`, { locus, example: HLA_EXAMPLES[locus], found }));
      if (!raw?.trim()) {
        if (REQUIRED_LOCI.includes(locus) || other?.trim()) throw problem('HLA_EMPTY');
        return;
      }
      const result = parseHlaAllele(raw, locus);
      if (!result.ok) throw problem(result.problem, result.found);
      if (getFieldValue('resolution') === 'high' && result.fields < 2) throw problem('HLA_NOT_HIGH');
    },
  });
}

function LocusRow({ locus }: { readonly locus: HlaLocus }) {
  const { t } = useTranslation();
  const rules = [useAlleleRule(locus, 0), useAlleleRule(locus, 1)];
  const required = REQUIRED_LOCI.includes(locus);
  return (
    <Row gutter={12} align="top">
      <Col span={4} style={{ paddingTop: 5 }}>
        <Typography.Text strong>HLA-{locus}</Typography.Text>
        {required && <Typography.Text type="danger"> *</Typography.Text>}
      </Col>
      {([0, 1] as const).map((i) => (
        <Col span={10} key={i}>
          <Form.Item
            name={['alleles', locus, i]}
            dependencies={[['alleles', locus, 1 - i], 'resolution']}
            validateTrigger={['onBlur', 'onChange']}
            rules={[rules[i]]}
          >
            <Input aria-label={`HLA-${locus} ${t(i === 0 ? 'stemcell.typing.allele1' : 'stemcell.typing.allele2')}`} placeholder={HLA_EXAMPLES[locus]} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}

export function TypingModal({ enrollment, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, submit } = useFormSubmit(
    'stemcell',
    form,
    FIELDS,
    (values: Values) =>
      api.call('stemcell.addTyping', {
        enrollmentId: enrollment.id,
        typedOn: toIsoDate(values.typedOn),
        lab: values.lab,
        resolution: values.resolution,
        alleles: Object.fromEntries(HLA_LOCI.map((locus) => [locus, [values.alleles[locus]?.[0] ?? '', values.alleles[locus]?.[1] ?? '']])),
      }),
    onDone,
  );
  const firstSample = enrollment.samples[0]?.sampledOn;

  return (
    <FormModal
      title={t('stemcell.typing.title')}
      form={form}
      saving={saving}
      open={open}
      width={640}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ typedOn: dayjs(), resolution: 'low', lab: enrollment.typings.at(-1)?.lab ?? enrollment.samples.at(-1)?.lab }}
        onFinish={(values) => void submit(values)}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="typedOn" label={t('stemcell.typing.typedOn')} rules={[{ required: true, message: t('stemcell.choose', { field: t('stemcell.typing.typedOn') }) }]}>
              <DatePicker allowClear={false} disabledDate={(date) => notInFuture(date) || (firstSample !== undefined && date.isBefore(dayjs(firstSample), 'day'))} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="resolution" label={t('stemcell.typing.resolution')}>
              <Radio.Group options={RESOLUTIONS.map((r) => ({ value: r, label: t(`stemcell.resolutions.${r}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="lab" label={t('stemcell.typing.lab')} rules={[{ required: true, whitespace: true, message: t('stemcell.sample.labRequired') }]}>
          <Input maxLength={100} placeholder={t('stemcell.placeholders.lab')} />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('stemcell.typing.hint')}</Typography.Paragraph>
        {HLA_LOCI.map((locus) => (
          <LocusRow key={locus} locus={locus} />
        ))}
      </Form>
    </FormModal>
  );
}
