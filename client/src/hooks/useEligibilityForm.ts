/**
 * The eligibility form's state: what the candidate typed, as typed, and the steps.
 * Turning it into an `Applicant` (and saying what is wrong) is `buildApplicant`; the
 * rules themselves live in @skills/shared.
 */
import { useCallback, useEffect, useReducer } from 'react';
import {
  parseIdNumber,
  type Applicant,
  type Level,
  type Programme,
  type SchoolKind,
  type SchoolingStatus,
  type TitleGrade,
} from '@skills/shared';
import { normalizeDateInput, normalizeMonthOrDateInput } from '@/lib/dateInput';
import { normalizeIdInput } from '@/lib/idInput';
import { readStored, removeStored, writeStored } from '@/services/storage';

export interface WorkRow {
  from: string;
  to: string;
  current: boolean;
}
export interface CertificateRow {
  level: Level;
  obtainedOn: string;
}
export interface TitleRow {
  grade: TitleGrade;
  obtainedOn: string;
}
export interface SchoolRow {
  school: SchoolKind;
  programme?: Programme;
  relatedMajor: boolean;
  evaluated: boolean;
  status: SchoolingStatus;
}

export type StepName = 'occupation' | 'birth' | 'work' | 'certificates' | 'titles' | 'schooling' | 'answer';

export interface EligibilityFormState {
  stepIndex: number;
  orgId: string;
  occupationId: string;
  birthMode: 'date' | 'id';
  birthText: string;
  idText: string;
  work: WorkRow[];
  certificates: CertificateRow[];
  titles: TitleRow[];
  schooling: SchoolRow[];
}

type ListName = 'work' | 'certificates' | 'titles' | 'schooling';
type RowOf<L extends ListName> = EligibilityFormState[L][number];

export type FormAction =
  | { type: 'set'; patch: Partial<Omit<EligibilityFormState, ListName | 'stepIndex'>> }
  | { type: 'add'; list: ListName }
  | { type: 'remove'; list: ListName; index: number }
  | { type: 'update'; list: ListName; index: number; patch: Partial<RowOf<ListName>> }
  | { type: 'step'; to: number }
  | { type: 'load'; state: Partial<EligibilityFormState> }
  | { type: 'reset'; state: EligibilityFormState };

const NEW_ROWS: { [L in ListName]: () => RowOf<L> } = {
  work: () => ({ from: '', to: '', current: true }),
  certificates: () => ({ level: 5, obtainedOn: '' }),
  titles: () => ({ grade: 'junior', obtainedOn: '' }),
  schooling: () => ({ school: 'university', relatedMajor: true, evaluated: false, status: 'graduated' }),
};

export function initialFormState(orgId: string, occupationId: string): EligibilityFormState {
  return {
    stepIndex: 0,
    orgId,
    occupationId,
    birthMode: 'date',
    birthText: '',
    idText: '',
    work: [],
    certificates: [],
    titles: [],
    schooling: [],
  };
}

export function formReducer(state: EligibilityFormState, action: FormAction): EligibilityFormState {
  switch (action.type) {
    case 'set':
      return { ...state, ...action.patch };
    case 'add':
      return { ...state, [action.list]: [...state[action.list], NEW_ROWS[action.list]()] };
    case 'remove':
      return { ...state, [action.list]: state[action.list].filter((_, i) => i !== action.index) };
    case 'update':
      return {
        ...state,
        [action.list]: state[action.list].map((row, i) => (i === action.index ? { ...row, ...action.patch } : row)),
      };
    case 'step':
      return { ...state, stepIndex: Math.max(0, action.to) };
    case 'load':
      return { ...state, ...action.state };
    case 'reset':
      return action.state;
    default:
      return state;
  }
}

/** The steps for an occupation: 专项职业能力 asks only for age, so its form is short. */
export function stepsFor(tracks: readonly (number | string)[]): StepName[] {
  const onlySpecial = tracks.length > 0 && tracks.every((track) => track === 'special');
  return onlySpecial
    ? ['occupation', 'birth', 'answer']
    : ['occupation', 'birth', 'work', 'certificates', 'titles', 'schooling', 'answer'];
}

export type FieldErrors = Record<string, string>;

/**
 * A typed date, checked. `monthAllowed` for work periods, certificates and titles: people
 * often remember only the year and month of those, and a month alone counts from its 1st.
 */
function checkDate(
  text: string,
  field: string,
  what: string,
  today: string,
  errors: FieldErrors,
  monthAllowed = false,
): string | null {
  if (text.trim() === '') {
    errors[field] = `请填写${what}`;
    return null;
  }
  const date = monthAllowed ? normalizeMonthOrDateInput(text) : normalizeDateInput(text);
  if (!date) {
    errors[field] = monthAllowed
      ? `${what}格式不对，请按 2015-09-01 这样填写（只记得年月可填 2015-09）`
      : `${what}格式不对，请按 2015-09-01 这样填写`;
    return null;
  }
  if (date > today) {
    errors[field] = `${what}不能晚于今天`;
    return null;
  }
  return date;
}

/** The birth date: typed, or read from the 身份证号 on the device (the number itself is never kept). */
export function birthDateOf(state: EligibilityFormState, today: string, errors: FieldErrors): string | null {
  if (state.birthMode === 'id') {
    if (state.idText.trim() === '') {
      errors.birth = '请填写身份证号';
      return null;
    }
    try {
      const { birthDate } = parseIdNumber(normalizeIdInput(state.idText));
      if (birthDate > today) {
        errors.birth = '身份证号中的出生日期晚于今天，请核对';
        return null;
      }
      return birthDate;
    } catch {
      errors.birth = '身份证号不正确，请核对（18 位，末位 X 请输入字母 X）';
      return null;
    }
  }
  return checkDate(state.birthText, 'birth', '出生日期', today, errors);
}

/** What the candidate entered as an `Applicant`, or the errors to show beside each field. */
export function buildApplicant(
  state: EligibilityFormState,
  today: string,
): { applicant: Applicant | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const birthDate = birthDateOf(state, today, errors);
  const work = state.work.map((row, i) => {
    const from = checkDate(row.from, `work.${i}.from`, '开始日期', today, errors, true);
    const to = row.current ? null : checkDate(row.to, `work.${i}.to`, '结束日期', today, errors, true);
    if (from && to && to < from) errors[`work.${i}.to`] = '结束日期不能早于开始日期';
    return to ? { from: from ?? '', to } : { from: from ?? '' };
  });
  const certificates = state.certificates.map((row, i) => ({
    level: row.level,
    obtainedOn: checkDate(row.obtainedOn, `certificates.${i}`, '取证日期', today, errors, true) ?? '',
  }));
  const titles = state.titles.map((row, i) => ({
    grade: row.grade,
    obtainedOn: checkDate(row.obtainedOn, `titles.${i}`, '取得日期', today, errors, true) ?? '',
  }));
  const schooling = state.schooling.map((row) => ({
    school: row.school,
    relatedMajor: row.relatedMajor,
    evaluated: row.evaluated,
    status: row.status,
    ...(row.programme ? { programme: row.programme } : {}),
  }));
  if (Object.keys(errors).length > 0 || !birthDate) return { applicant: null, errors };
  return { applicant: { birthDate, work, certificates, titles, schooling }, errors };
}

/** Errors for one step only, so "下一步" checks just what is on the screen. */
export function stepErrors(state: EligibilityFormState, step: StepName, today: string): FieldErrors {
  const { errors } = buildApplicant(state, today);
  const prefix: Partial<Record<StepName, string>> = {
    birth: 'birth',
    work: 'work.',
    certificates: 'certificates.',
    titles: 'titles.',
  };
  const wanted = prefix[step];
  if (!wanted) return {};
  return Object.fromEntries(Object.entries(errors).filter(([key]) => key.startsWith(wanted)));
}

/** Where the form in progress is kept on the device, so back, forward and reload do not empty it. */
export const DRAFT_KEY = 'skills.eligibilityDraft';

function isDraft(value: unknown): value is EligibilityFormState {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<EligibilityFormState>;
  return (
    typeof draft.stepIndex === 'number' &&
    typeof draft.orgId === 'string' &&
    typeof draft.occupationId === 'string' &&
    (draft.birthMode === 'date' || draft.birthMode === 'id') &&
    typeof draft.birthText === 'string' &&
    [draft.work, draft.certificates, draft.titles, draft.schooling].every(Array.isArray)
  );
}

/**
 * The form's state, restored from the device when a draft exists for the same question (a link
 * for another occupation starts afresh), and saved on every change until `clear()`. The
 * 身份证号 is never saved: it is read on the device and forgotten.
 */
export function useEligibilityForm(
  orgId: string,
  occupationId: string,
  { occupationFromLink = false, knowsOrg = () => true }: { occupationFromLink?: boolean; knowsOrg?: (orgId: string) => boolean } = {},
) {
  const [state, dispatch] = useReducer(formReducer, undefined, () => {
    const draft = readStored<EligibilityFormState | null>(DRAFT_KEY, null, (value): value is EligibilityFormState | null => isDraft(value));
    const sameQuestion = draft && knowsOrg(draft.orgId) && (!occupationFromLink || draft.occupationId === occupationId);
    return sameQuestion ? { ...draft, idText: '' } : initialFormState(orgId, occupationId);
  });
  useEffect(() => {
    writeStored(DRAFT_KEY, { ...state, idText: '' });
  }, [state]);
  const clear = useCallback(() => {
    removeStored(DRAFT_KEY);
    dispatch({ type: 'reset', state: initialFormState(orgId, occupationId) });
  }, [orgId, occupationId]);
  return [state, dispatch, clear] as const;
}
