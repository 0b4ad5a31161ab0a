import { Text, Button, View } from '@tarojs/components';
import { chinaDateOf, type Applicant } from '@skills/shared';
import { chineseDate } from '@/lib/format';
import { DateText } from '@/components/Card';
import { useApi } from '@/hooks/useApi';
import type { EligibilityFormState, FormAction } from '@/hooks/useEligibilityForm';

/** The form's rows for what was saved last time (the saved profile never holds a 身份证号). */
export function rowsFromApplicant(applicant: Applicant): Partial<EligibilityFormState> {
  return {
    birthMode: 'date',
    birthText: applicant.birthDate,
    work: (applicant.work ?? []).map((period) => ({ from: period.from, to: period.to ?? '', current: period.to === undefined })),
    certificates: (applicant.certificates ?? []).map((item) => ({ ...item })),
    titles: (applicant.titles ?? []).map((item) => ({ ...item })),
    schooling: (applicant.schooling ?? []).map((item) => ({ ...item, evaluated: item.evaluated ?? false })),
  };
}

/** Offers last time's answers when the candidate chose to save them; silent otherwise (also offline). */
export function SavedProfileBanner({ dispatch }: { dispatch: (action: FormAction) => void }) {
  const saved = useApi('eligibility', 'getProfile', {});
  if (saved.status !== 'ready' || !saved.data.profile) return null;
  const { profile } = saved.data;
  return (
    <View className='banner banner-info'>
      <Text className='block'>
        您上次保存了资料（<DateText>{chineseDate(chinaDateOf(Date.parse(profile.savedAt)))}</DateText>）。
      </Text>
      <Button
        className='btn btn-secondary'
        onClick={() => {
          const patch: Partial<EligibilityFormState> = { ...rowsFromApplicant(profile.applicant) };
          if (profile.orgId) patch.orgId = profile.orgId;
          if (profile.occupationId) patch.occupationId = profile.occupationId;
          dispatch({ type: 'load', state: patch });
        }}
      >
        使用上次保存的资料
      </Button>
    </View>
  );
}
