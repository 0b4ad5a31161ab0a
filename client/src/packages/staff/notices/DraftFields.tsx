/**
 * The draft's fields: each reads and writes one value of the document by its path, and shows
 * beside it the problems the last check named for that path.
 */
import { createContext, useContext, useState, type PropsWithChildren } from 'react';
import { View, Text, Textarea, Button } from '@tarojs/components';
import type { NoticeDocument } from '@skills/shared';
import { TextField } from '@/components/TextField';
import type { NoticeProblem } from '@/services/staff';
import { numberFrom, problemsAt, problemsUnder, valueAt, type DraftPath } from './draft';

export interface DraftEditor {
  draft: NoticeDocument;
  /** Puts `value` at `path` (undefined removes an optional field). */
  edit: (path: DraftPath, value: unknown) => void;
  /** Replaces the whole draft (row added or removed, year moved). */
  replace: (next: (draft: NoticeDocument) => NoticeDocument) => void;
  problems: readonly NoticeProblem[];
}

const DraftContext = createContext<DraftEditor | null>(null);

export function DraftProvider({ editor, children }: PropsWithChildren<{ editor: DraftEditor }>) {
  return <DraftContext.Provider value={editor}>{children}</DraftContext.Provider>;
}

export function useDraft(): DraftEditor {
  const editor = useContext(DraftContext);
  if (!editor) throw new Error('useDraft outside DraftProvider');
  return editor;
}

function messagesAt(problems: readonly NoticeProblem[], path: DraftPath): string | undefined {
  const found = problemsAt(problems, path);
  return found.length > 0 ? found.map((problem) => problem.message).join('；') : undefined;
}

interface DraftFieldProps {
  label: string;
  path: DraftPath;
  /** number: whole numbers (text that is not one is kept, and the check says so); long: several lines. */
  kind?: 'text' | 'number' | 'long';
  hint?: string;
  placeholder?: string;
}

/** One value of the draft, with the problems the check named for it right below. */
export function DraftField({ label, path, kind = 'text', hint, placeholder }: DraftFieldProps) {
  const { draft, edit, problems } = useDraft();
  const raw = valueAt(draft, path);
  const value = raw === undefined || raw === null ? '' : String(raw);
  const error = messagesAt(problems, path);
  const onChange = (text: string) => edit(path, kind === 'number' ? numberFrom(text) : text);
  if (kind !== 'long') {
    return (
      <TextField label={label} value={value} onChange={onChange} type={kind === 'number' ? 'number' : 'text'} maxlength={200} hint={hint} error={error} placeholder={placeholder} />
    );
  }
  return (
    <View>
      <Text className='input-label'>{label}</Text>
      <Textarea className='input staff-textarea notice-long' value={value} maxlength={2000} autoHeight aria-label={label} onInput={(event) => onChange(event.detail.value)} />
      {error ? (
        <Text className='input-error' role='alert'>
          {error}
        </Text>
      ) : hint ? (
        <Text className='input-hint'>{hint}</Text>
      ) : null}
    </View>
  );
}

/** A source's quote: the notice's own words this part is taken from (the check looks for them in the PDF). */
export function QuoteField({ at, label = '出处原文' }: { at: DraftPath; label?: string }) {
  const { draft } = useDraft();
  const section = valueAt(draft, [...at, 'source', 'section']);
  return <DraftField label={label} path={[...at, 'source', 'quote']} kind='long' hint={typeof section === 'string' && section ? `通知${section}的原话，须与 PDF 中的文字一致` : '须与 PDF 中的文字一致'} />;
}

/** A part of the form, folded on a phone: its title says how many problems the last check found in it. */
export function DraftSection({ title, at, testId, children }: PropsWithChildren<{ title: string; at: readonly DraftPath[]; testId: string }>) {
  const { problems } = useDraft();
  const [open, setOpen] = useState(false);
  const count = at.reduce((sum, path) => sum + problemsUnder(problems, path).length, 0);
  return (
    <View className='card notice-section' data-testid={testId}>
      <Button className='notice-section-head' aria-expanded={open} onClick={() => setOpen((shown) => !shown)}>
        <Text className='card-title'>{title}</Text>
        {count > 0 ? <Text className='tag tag-no'>{count} 处问题</Text> : null}
        <Text className='notice-fold'>{open ? '收起' : '展开'}</Text>
      </Button>
      {open ? <View className='notice-section-body'>{children}</View> : null}
    </View>
  );
}

/** A list's own row: its fields, and 删除 for it. */
export function DraftRow({ title, onRemove, testId, children }: PropsWithChildren<{ title: string; onRemove?: () => void; testId?: string }>) {
  return (
    <View className='notice-row' data-testid={testId}>
      <View className='notice-row-head'>
        <Text className='strong'>{title}</Text>
        {onRemove ? (
          <Button className='btn btn-plain btn-inline' onClick={onRemove}>
            删除
          </Button>
        ) : null}
      </View>
      {children}
    </View>
  );
}
