// What staff can do next for a volunteer: exactly the steps the registry says it will accept
// (nextSteps), recording a sample or typing where those bring the step, withdrawal, corrections.
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrollmentDetail, PipelineStatus } from '../../../../electron/contract/stemcell';
import { EditEnrollmentModal } from './EditEnrollmentModal';
import { SampleModal } from './SampleModal';
import { StepModal, type StepTarget } from './StepModal';
import { TypingModal } from './TypingModal';

interface Props {
  readonly enrollment: EnrollmentDetail;
  readonly onChanged: (enrollment: EnrollmentDetail) => void;
}

type Dialog = { readonly kind: 'step'; readonly target: StepTarget } | { readonly kind: 'sample' | 'typing' | 'edit' } | null;

/** The button for a next step, and the dialog it opens. */
function stepAction(enrollment: EnrollmentDetail, step: PipelineStatus): { label: string; dialog: Dialog } {
  if (step === 'sampled') return { label: 'stemcell.actions.sampled', dialog: { kind: 'sample' } };
  if (step === 'typed' && enrollment.status === 'sampled') return { label: 'stemcell.actions.typed', dialog: { kind: 'typing' } };
  if (step === 'typed') return { label: 'stemcell.actions.backToPool', dialog: { kind: 'step', target: 'typed' } };
  return { label: `stemcell.actions.${step}`, dialog: { kind: 'step', target: step } };
}

export function EnrollmentActions({ enrollment, onChanged }: Props) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const done = (next: EnrollmentDetail) => {
    setDialog(null);
    onChanged(next);
  };
  const active = enrollment.status !== 'withdrawn';
  // Past the first sample or typing, a repeat draw or a confirmatory typing is a record only.
  const canAddSample = active && enrollment.samples.length > 0;
  const canAddTyping = active && enrollment.typings.length > 0;

  return (
    <>
      <Flex wrap gap={8} style={{ margin: '16px 0' }}>
        {enrollment.nextSteps.map((step, i) => {
          const { label, dialog: next } = stepAction(enrollment, step);
          return (
            <Button key={step} type={i === 0 ? 'primary' : 'default'} onClick={() => setDialog(next)}>
              {t(label as never)}
            </Button>
          );
        })}
        {canAddSample && <Button onClick={() => setDialog({ kind: 'sample' })}>{t('stemcell.actions.sampleAgain')}</Button>}
        {canAddTyping && <Button onClick={() => setDialog({ kind: 'typing' })}>{t('stemcell.actions.typedAgain')}</Button>}
        <Button onClick={() => setDialog({ kind: 'edit' })}>{t('stemcell.actions.edit')}</Button>
        {active && (
          <Button danger onClick={() => setDialog({ kind: 'step', target: 'withdrawn' })}>
            {t('stemcell.actions.withdraw')}
          </Button>
        )}
      </Flex>
      <StepModal enrollment={enrollment} target={dialog?.kind === 'step' ? dialog.target : null} onClose={close} onDone={done} />
      <SampleModal enrollment={enrollment} open={dialog?.kind === 'sample'} onClose={close} onDone={done} />
      <TypingModal enrollment={enrollment} open={dialog?.kind === 'typing'} onClose={close} onDone={done} />
      <EditEnrollmentModal enrollment={enrollment} open={dialog?.kind === 'edit'} onClose={close} onDone={done} />
    </>
  );
}
