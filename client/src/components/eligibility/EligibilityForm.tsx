import { useMemo, useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import { getOrganisation, latestNotice } from '@skills/shared';
import { Card } from '@/components/Card';
import { scrollToTop } from '@/lib/device';
import { useRulebook } from '@/hooks/useRulebook';
import { StepOccupation } from './StepOccupation';
import { StepBirth } from './StepBirth';
import { StepWork } from './StepWork';
import { StepCertificates } from './StepCertificates';
import { StepTitles } from './StepTitles';
import { StepSchooling } from './StepSchooling';
import { EligibilityAnswer } from './EligibilityAnswer';
import { SavedProfileBanner } from './SavedProfileBanner';
import {
  buildApplicant,
  stepErrors,
  stepsFor,
  useEligibilityForm,
  type FieldErrors,
  type StepName,
} from '@/hooks/useEligibilityForm';

const STEP_TITLES: Record<StepName, string> = {
  occupation: '想考哪个职业',
  birth: '您的出生日期',
  work: '工作经历',
  certificates: '已有的职业技能证书',
  titles: '职称',
  schooling: '学历',
  answer: '判断结果',
};

interface Props {
  orgId: string;
  occupationId?: string;
  today: string;
}

/** The step-by-step eligibility check; every answer is computed on the device. */
export function EligibilityForm({ orgId, occupationId, today }: Props) {
  const book = useRulebook();
  const firstOccupation = getOrganisation(orgId, book).occupations[0]?.id ?? '';
  const [state, dispatch, clear] = useEligibilityForm(orgId, occupationId ?? firstOccupation, {
    occupationFromLink: occupationId !== undefined,
    // A draft for an organisation no longer published starts afresh.
    knowsOrg: (id) => book.notices.organisations.some((org) => org.id === id),
  });
  const [errors, setErrors] = useState<FieldErrors>({});

  const tracks = useMemo(
    () => latestNotice(state.orgId, book).offerings.filter((o) => o.occupationId === state.occupationId).map((o) => o.track),
    [state.orgId, state.occupationId, book],
  );
  const steps = stepsFor(tracks);
  const index = Math.min(state.stepIndex, steps.length - 1);
  const step = steps[index];
  const built = step === 'answer' ? buildApplicant(state, today) : null;

  const goTo = (to: number) => {
    dispatch({ type: 'step', to });
    scrollToTop();
  };
  const next = () => {
    const found = stepErrors(state, step, today);
    setErrors(found);
    if (Object.keys(found).length === 0) goTo(index + 1);
  };

  return (
    <View>
      <View className='steps' aria-hidden='true'>
        {steps.map((name, i) => (
          <View key={name} className={`step-dot${i <= index ? ' step-dot-on' : ''}`} />
        ))}
      </View>
      <Text className='block muted small'>
        第 {index + 1} 步，共 {steps.length} 步
      </Text>
      <Text className='block page-title' role='heading' aria-level={1} style={{ margin: '4px 0 10px' }}>
        {STEP_TITLES[step]}
      </Text>

      {index === 0 ? <SavedProfileBanner dispatch={dispatch} /> : null}
      {step === 'answer' ? (
        built && built.applicant ? (
          <EligibilityAnswer orgId={state.orgId} occupationId={state.occupationId} applicant={built.applicant} today={today} />
        ) : (
          <Text className='block banner banner-error' role='alert'>
            有信息未填好：{Object.values(built?.errors ?? {}).join('；')}。请返回修改。
          </Text>
        )
      ) : (
        <Card>
          {step === 'occupation' ? <StepOccupation orgId={state.orgId} occupationId={state.occupationId} dispatch={dispatch} /> : null}
          {step === 'birth' ? <StepBirth state={state} errors={errors} dispatch={dispatch} /> : null}
          {step === 'work' ? <StepWork state={state} errors={errors} dispatch={dispatch} /> : null}
          {step === 'certificates' ? <StepCertificates state={state} errors={errors} dispatch={dispatch} /> : null}
          {step === 'titles' ? <StepTitles state={state} errors={errors} dispatch={dispatch} /> : null}
          {step === 'schooling' ? <StepSchooling state={state} dispatch={dispatch} /> : null}
        </Card>
      )}

      <View className='btn-row'>
        {index > 0 ? (
          <Button className='btn btn-secondary' onClick={() => goTo(index - 1)}>
            {step === 'answer' ? '返回修改' : '上一步'}
          </Button>
        ) : null}
        {step !== 'answer' ? (
          <Button className='btn btn-primary' onClick={next}>
            {steps[index + 1] === 'answer' ? '查看结果' : '下一步'}
          </Button>
        ) : null}
      </View>
      {index > 0 ? (
        <Button
          className='btn btn-plain'
          onClick={() => {
            clear();
            setErrors({});
            scrollToTop();
          }}
        >
          清空重填
        </Button>
      ) : null}
    </View>
  );
}
