import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text, Button } from '@tarojs/components';
import type { NoticeDocument } from '@skills/shared';
import { Card } from '@/components/Card';
import { Empty } from '@/components/StateView';
import { Loaded } from '@/components/Loaded';
import { whenBusy } from '@/lib/busy';
import { chineseDate } from '@/lib/format';
import { useToday } from '@/hooks/useToday';
import { describeError } from '@/services/errors';
import { checkNotice, publishNotice, useStaffData, withdrawNotice, type NoticeProblem, type NoticeVersion } from '@/services/staff';
import { StaffFrame } from '@/packages/staff/components/StaffFrame';
import { Banner } from '@/packages/staff/components/Banner';
import { useFormSubmit } from '@/packages/staff/hooks/useFormSubmit';
import { chinaDateTime } from '@/packages/staff/lib/labels';
import { blankDraft, copyOf, nextVersion } from './draft';
import { DraftProvider } from './DraftFields';
import { NoticeForm } from './NoticeForm';
import { NoticePdf } from './NoticePdf';
import { NoticePreview } from './NoticePreview';
import { NoticeVersionRow } from './NoticeVersions';
import { useNoticeDraft } from './useNoticeDraft';

/** The version a new draft is copied from: the newest one not withdrawn. */
function newestInForce(versions: readonly NoticeVersion[]): NoticeVersion | undefined {
  return versions.filter((v) => v.status === 'published').reduce<NoticeVersion | undefined>((a, b) => (a && a.version > b.version ? a : b), undefined);
}

/** What the last check found, above the form; each problem is also shown beside its field. */
function ProblemSummary({ problems }: { problems: readonly NoticeProblem[] | null }) {
  if (problems === null) return null;
  if (problems.length === 0) return <Banner text='检查通过：没有发现问题，可以发布。' />;
  return (
    <Card title={`检查发现 ${problems.length} 处问题`} className='notice-summary'>
      <Text className='block muted small'>展开下方对应的部分修改；“出处原文”须与所附通知 PDF 中的文字一致。</Text>
      {problems.map((problem, i) => (
        <View key={i} className='staff-problem' data-testid='notice-problem'>
          <Text className='staff-problem-where'>{problem.where}</Text>
          <Text>{problem.message}</Text>
        </View>
      ))}
    </Card>
  );
}

function NoticesBody({ orgId, orgName }: { orgId: string; orgName: string }) {
  const versions = useStaffData('notices.list', { orgId });
  const documents = useStaffData('documents.list', { orgId });
  const state = useNoticeDraft(orgId);
  const today = useToday();
  const [problems, setProblems] = useState<NoticeProblem[] | null>(null);
  /** The draft's edit count when it was last checked: edited since, the result may be out of date. */
  const [checkedAt, setCheckedAt] = useState(-1);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const { saving, error, setError, submit } = useFormSubmit();
  const { draft, pdfDocumentId } = state;
  const list = versions.status === 'ready' ? versions.data.notices : [];

  const begin = (document: NoticeDocument) => {
    state.start(document);
    setProblems(null);
    setNotice(null);
  };

  const submission = () => {
    if (!draft) return null;
    if (!pdfDocumentId) {
      setError('请先附上通知 PDF：检查会在其中逐条核对“出处原文”。');
      return null;
    }
    return { orgId, document: draft, pdfDocumentId };
  };

  const check = () => {
    const params = submission();
    if (!params) return undefined;
    const revision = state.revision;
    return submit(async () => {
      setProblems(await checkNotice(params));
      setCheckedAt(revision);
    });
  };

  const publish = async () => {
    const params = submission();
    if (!params) return;
    const { document } = params;
    const { confirm } = await Taro.showModal({
      title: `发布第${document.version}版通知`,
      content: `将从${chineseDate(document.effectiveFrom)}起生效，适用${document.coversYears.join('、')}年。生效后考生看到的申报时间、收费和准考证安排按此版计算，之前的日期仍按旧版。确定发布？`,
      confirmText: '发布',
    });
    if (!confirm) return;
    await submit(async () => {
      const answer = await publishNotice(params);
      if ('problems' in answer) {
        setProblems(answer.problems);
        setCheckedAt(state.revision);
        setError(`未发布：检查发现 ${answer.problems.length} 处问题，已在下方列出。`);
        return;
      }
      state.discard();
      setProblems(null);
      setPreviewing(false);
      setNotice({ ok: true, text: `已发布第${answer.notice.version}版，${chineseDate(answer.notice.effectiveFrom)}起生效。` });
      versions.reload();
    });
  };

  const withdraw = async (version: NoticeVersion) => {
    const { confirm } = await Taro.showModal({
      title: `撤回第${version.version}版`,
      content: '撤回后考生的答案回到之前的版本；这一版仍保留在列表中，可供查阅。确定撤回？',
      confirmText: '撤回',
    });
    if (!confirm) return;
    try {
      await withdrawNotice(orgId, version.version);
      setNotice({ ok: true, text: `已撤回第${version.version}版。` });
      versions.reload();
    } catch (failure) {
      setNotice({ ok: false, text: describeError(failure) });
    }
  };

  const discard = async () => {
    const { confirm } = await Taro.showModal({ title: '放弃草稿', content: '草稿的修改将全部丢失。确定放弃？', confirmText: '放弃' });
    if (!confirm) return;
    state.discard();
    setProblems(null);
    setPreviewing(false);
  };

  const newest = newestInForce(list);
  const actions = (
    <View className='btn-row'>
      <Button className='btn btn-secondary' {...whenBusy(saving)} onClick={check}>
        检查
      </Button>
      <Button className='btn btn-secondary' onClick={() => setPreviewing((shown) => !shown)}>
        {previewing ? '收起预览' : '预览'}
      </Button>
      <Button className='btn btn-primary' {...whenBusy(saving, saving)} onClick={publish}>
        发布
      </Button>
    </View>
  );

  return (
    <View>
      <Banner ok={notice?.ok} text={notice?.text} />
      <Card title='通知版本'>
        <Loaded state={versions} isEmpty={(data) => data.notices.length === 0} empty={<Empty message='还没有通知' hint='以空白草稿开始编写本机构的第一份通知。' />}>
          {(data) =>
            [...data.notices]
              .sort((a, b) => b.version - a.version)
              .map((version) => (
                <NoticeVersionRow key={version.version} version={version} documents={documents.status === 'ready' ? documents.data.documents : []} onWithdraw={() => withdraw(version)} />
              ))
          }
        </Loaded>
      </Card>
      {draft === null ? (
        versions.status === 'ready' ? (
          <Card title='编写新一版通知'>
            <Text className='block small'>每年的新通知公布后，在这里改出变化的部分（时间安排、收费、准考证、联系电话等），附上通知 PDF，检查无误后发布。</Text>
            {newest ? (
              <Button className='btn btn-primary' onClick={() => begin(copyOf(newest.document, list))}>
                以当前通知为底稿（第{newest.version}版）
              </Button>
            ) : (
              <Button className='btn btn-primary' onClick={() => begin({ ...blankDraft(orgId, orgName, Number(today.slice(0, 4)) + 1), version: nextVersion(list) })}>
                从空白草稿开始
              </Button>
            )}
          </Card>
        ) : null
      ) : (
        <View data-testid='notice-draft'>
          <Card title={`草稿：第${draft.version}版`}>
            {state.restoredFrom ? <Text className='block muted small'>已恢复 {chinaDateTime(state.restoredFrom)} 保存在本机的草稿。</Text> : null}
            <Text className='block muted small'>草稿随改随存在本机，关闭页面不会丢失；发布前考生看不到。</Text>
            {documents.status === 'ready' ? (
              <NoticePdf orgId={orgId} documents={documents.data.documents} attached={pdfDocumentId} onAttach={state.attachPdf} onUploaded={documents.reload} />
            ) : null}
            {actions}
            {error ? (
              <Text className='block input-error' role='alert'>
                {error}
              </Text>
            ) : null}
            <Button className='btn btn-plain' onClick={discard}>
              放弃草稿
            </Button>
          </Card>
          {problems !== null && checkedAt !== state.revision ? <Text className='block muted small'>检查之后草稿又有修改，以下结果可能已过时，请再检查一次。</Text> : null}
          <ProblemSummary problems={problems} />
          {previewing ? <NoticePreview draft={draft} versions={list} today={today} revision={state.revision} /> : null}
          <DraftProvider editor={{ draft, edit: state.edit, replace: state.replace, problems: problems ?? [] }}>
            <NoticeForm />
          </DraftProvider>
        </View>
      )}
    </View>
  );
}

export default function StaffNotices() {
  return (
    <StaffFrame title='通知与规则' section='notices'>
      {({ orgId, orgName }) => <NoticesBody key={orgId} orgId={orgId} orgName={orgName} />}
    </StaffFrame>
  );
}
