import { Text, Button } from '@tarojs/components';
import type { Programme, SchoolKind, SchoolingStatus } from '@skills/shared';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { RowBox } from './RowBox';
import type { EligibilityFormState, FormAction } from '@/hooks/useEligibilityForm';

interface Props {
  state: EligibilityFormState;
  dispatch: (action: FormAction) => void;
}

const SCHOOLS: { value: SchoolKind; label: string }[] = [
  { value: 'university', label: '专科及以上普通高校' },
  { value: 'higher-vocational', label: '高等职业学校' },
  { value: 'secondary-vocational', label: '中等职业学校' },
  { value: 'technical', label: '技工学校' },
  { value: 'senior-technical', label: '高级技工学校' },
  { value: 'technician-college', label: '技师学院' },
];
const TECHNICAL: SchoolKind[] = ['technical', 'senior-technical', 'technician-college'];
const PROGRAMMES: { value: Programme; label: string }[] = [
  { value: 'intermediate', label: '中级工班' },
  { value: 'senior', label: '高级工班' },
  { value: 'preparatory-technician', label: '预备技师班' },
  { value: 'technician', label: '技师班' },
];
const STATUSES: { value: SchoolingStatus; label: string }[] = [
  { value: 'graduated', label: '已毕业' },
  { value: 'final-year', label: '在读应届毕业生' },
  { value: 'enrolled', label: '在读（非应届）' },
];
const YES_NO = [
  { value: 'yes' as const, label: '是' },
  { value: 'no' as const, label: '否' },
];

export function StepSchooling({ state, dispatch }: Props) {
  return (
    <>
      <Text className='block muted'>与本职业对应的专业或相关专业的学历。没有可直接查看结果。</Text>
      {state.schooling.map((row, index) => {
        const update = (patch: Partial<(typeof state.schooling)[number]>) =>
          dispatch({ type: 'update', list: 'schooling', index, patch });
        return (
          <RowBox key={index} title={`第 ${index + 1} 个学历`} onRemove={() => dispatch({ type: 'remove', list: 'schooling', index })}>
            <Text className='input-label'>学校类型</Text>
            <ChoiceGroup
              label='学校类型'
              options={SCHOOLS}
              value={row.school}
              onChange={(school) => update({ school, programme: TECHNICAL.includes(school) ? row.programme : undefined })}
            />
            {TECHNICAL.includes(row.school) ? (
              <>
                <Text className='input-label'>就读班级</Text>
                <ChoiceGroup label='就读班级' options={PROGRAMMES} value={row.programme} onChange={(programme) => update({ programme })} />
              </>
            ) : null}
            <Text className='input-label'>状态</Text>
            <ChoiceGroup label='状态' options={STATUSES} value={row.status} onChange={(status) => update({ status })} />
            <Text className='input-label'>是本专业或相关专业吗</Text>
            <ChoiceGroup
              label='是否本专业或相关专业'
              options={YES_NO}
              value={row.relatedMajor ? 'yes' : 'no'}
              onChange={(choice) => update({ relatedMajor: choice === 'yes' })}
            />
            {TECHNICAL.includes(row.school) ? null : (
              <>
                <Text className='input-label'>学校是否经评估论证</Text>
                <ChoiceGroup
                  label='学校是否经评估论证'
                  options={YES_NO}
                  value={row.evaluated ? 'yes' : 'no'}
                  onChange={(choice) => update({ evaluated: choice === 'yes' })}
                />
              </>
            )}
          </RowBox>
        );
      })}
      <Button className='btn btn-secondary' onClick={() => dispatch({ type: 'add', list: 'schooling' })}>
        ＋ 添加学历
      </Button>
    </>
  );
}
