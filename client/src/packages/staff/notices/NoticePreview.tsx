/**
 * The candidate pages as they would be with the draft published, as of a chosen date: the
 * candidates' own components, computed from a rulebook holding the draft in place of nothing
 * (a new version) beside every other notice in force.
 */
import { Component, useMemo, useState, type ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { createRulebook, isValidDate, type NoticeDocument, type Rulebook } from '@skills/shared';
import { Card } from '@/components/Card';
import { TextField } from '@/components/TextField';
import { WindowCard } from '@/components/home/WindowCard';
import { CalendarTable } from '@/components/guide/CalendarTable';
import { OccupationCard } from '@/components/guide/OccupationCard';
import { TicketChannels } from '@/components/ticket/TicketChannels';
import { RulebookProvider, useRulebook } from '@/hooks/useRulebook';
import { offeringsFor } from '@/lib/notice';
import type { NoticeVersion } from '@/services/staff';

/**
 * The notices a preview computes from: every organisation's documents as the app has them,
 * this organisation's as its staff list them (withdrawn ones left out), and the draft, which
 * takes the place of a document with its version number.
 */
export function previewDocuments(app: Rulebook, versions: readonly NoticeVersion[], draft: NoticeDocument): NoticeDocument[] {
  const others = [...app.notices.documents.entries()].filter(([orgId]) => orgId !== draft.orgId).flatMap(([, documents]) => documents);
  const own = versions.filter((v) => v.status === 'published' && v.version !== draft.version).map((v) => v.document);
  return [...others, ...own, draft];
}

/** A part of the preview that cannot be drawn from the draft says so instead of taking the page down. */
class PreviewBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) return <Text className='block input-error'>草稿还不完整，这部分无法预览；请先“检查”并按提示修改。</Text>;
    return this.props.children;
  }
}

interface NoticePreviewProps {
  draft: NoticeDocument;
  versions: readonly NoticeVersion[];
  today: string;
  /** The draft's edit count: a part that could not be drawn is tried again after an edit. */
  revision: number;
}

export function NoticePreview({ draft, versions, today, revision }: NoticePreviewProps) {
  const app = useRulebook();
  const [date, setDate] = useState(draft.effectiveFrom > today ? draft.effectiveFrom : today);
  const built = useMemo(() => {
    try {
      return { book: createRulebook({ notices: previewDocuments(app, versions, draft), holidays: app.holidays.arrangements }) };
    } catch (failure) {
      return { error: failure instanceof Error ? failure.message : '草稿无法预览' };
    }
  }, [app, versions, draft]);
  const valid = isValidDate(date);
  return (
    <Card title='预览：考生看到的页面'>
      <TextField label='预览日期' value={date} onChange={setDate} placeholder='YYYY-MM-DD' hint='按这一天显示首页的申报窗口、时间安排等' error={valid ? undefined : '日期应写作YYYY-MM-DD'} />
      {'error' in built ? <Text className='block input-error'>{built.error}</Text> : null}
      {'book' in built && built.book && valid ? (
        <View className='notice-preview' data-testid='notice-preview'>
          <RulebookProvider book={built.book} today={date}>
            <PreviewBoundary key={`${date}|${revision}|window`}>
              <WindowCard orgId={draft.orgId} today={date} />
            </PreviewBoundary>
            <PreviewBoundary key={`${date}|${revision}|calendar`}>
              <CalendarTable orgId={draft.orgId} notice={draft.notice} today={date} />
            </PreviewBoundary>
            <PreviewBoundary key={`${date}|${revision}|fees`}>
              {draft.occupations.map((occupation) => (
                <OccupationCard key={occupation.id} orgId={draft.orgId} occupation={occupation} offerings={offeringsFor(draft.notice, occupation.id)} />
              ))}
            </PreviewBoundary>
            <PreviewBoundary key={`${date}|${revision}|tickets`}>
              <Card title='准考证发放'>
                <TicketChannels notice={draft.notice} />
              </Card>
            </PreviewBoundary>
          </RulebookProvider>
        </View>
      ) : null}
    </Card>
  );
}
