/**
 * 演示数据: seeded once, on the local runner's first start, relative to its configured
 * today: sessions for the coming months for every offering, the demo candidates'
 * tickets and results, generated PDF documents and announcements. Everything is
 * flagged `demo` and titled 【演示】 so nobody mistakes it for a real notice.
 */
import { addDays, addMonthsToMonth, dayOfWeek, type Track } from '@skills/shared';
import * as announcements from '../core/announcements';
import type { App } from '../core/app';
import { windowsFrom } from '../core/catalog';
import * as documents from '../core/documents';
import { ticketIdFor } from '../core/imports';
import { applyImport } from '../core/importRules';
import * as rules from '../core/rules';
import type { ImportPlan, SessionRecord } from '../ports';
import { DEMO_CANDIDATES, DEMO_RESULTS } from './candidates';
import { makeDemoPdf } from './pdf';

export const DEMO_SEEDED_KEY = 'demo-seeded-on';
/** Months of sessions seeded ahead of today. */
export const DEMO_MONTHS_AHEAD = 3;

/** The second Saturday of a month: a plausible exam day for demo sessions. */
export function secondSaturday(month: string): string {
  const first = `${month}-01`;
  return addDays(first, ((6 - dayOfWeek(first) + 7) % 7) + 7);
}

function demoVenue(orgId: string, on: string) {
  const office = rules.noticeOn(orgId, on).office;
  return { name: `【演示】${rules.organisation(orgId).shortName}考点`, address: office.address };
}

function demoSession(orgId: string, occupationId: string, track: Track, date: string): SessionRecord {
  return {
    id: `s_demo_${orgId}_${occupationId}_${track}_${date}`,
    orgId,
    occupationId,
    track,
    month: date.slice(0, 7),
    date,
    startTime: '09:00',
    endTime: '11:30',
    venue: demoVenue(orgId, date),
    capacity: 60,
    status: 'scheduled',
    rollovers: [],
    demo: true,
  };
}

export async function seedDemo(app: App): Promise<{ seeded: boolean }> {
  if (await app.store.getMeta(DEMO_SEEDED_KEY)) return { seeded: false };
  const today = app.clock.today();
  const thisMonth = today.slice(0, 7);

  for (const org of rules.organisations()) {
    for (let ahead = 1; ahead <= DEMO_MONTHS_AHEAD; ahead += 1) {
      const date = secondSaturday(addMonthsToMonth(thisMonth, ahead));
      for (const offering of rules.offeringsOf(org.id, date)) {
        await app.store.putSession(demoSession(org.id, offering.occupationId, offering.track, date));
      }
    }
  }

  for (const candidate of DEMO_CANDIDATES) {
    const examDate = addDays(today, candidate.examOffsetDays);
    const session = demoSession(candidate.orgId, candidate.occupationId, candidate.track, examDate);
    await app.store.putSession(session);
    const { normalized } = rules.parseIdNumber(candidate.idNumber);
    const idHash = app.hashIdNumber(normalized);
    const plan: ImportPlan = {
      orgId: candidate.orgId,
      kind: 'tickets',
      persons: [{ orgId: candidate.orgId, idHash, name: candidate.name, maskedIdNumber: rules.maskIdNumber(normalized) }],
      candidates: [],
      tickets: [
        {
          id: ticketIdFor(candidate.orgId, candidate.ticketNumber),
          orgId: candidate.orgId,
          ticketNumber: candidate.ticketNumber,
          idHash,
          occupationId: candidate.occupationId,
          track: candidate.track,
          channel: candidate.channel,
          sessionId: session.id,
          examDate,
          examTime: `${session.startTime}-${session.endTime}`,
          venue: session.venue,
          room: '第1考场',
          seat: String(DEMO_CANDIDATES.indexOf(candidate) + 1).padStart(2, '0'),
          demo: true,
        },
      ],
      results: [],
    };
    await applyImport(app.store, plan);
    if (candidate === DEMO_RESULTS) {
      await applyImport(app.store, {
        orgId: candidate.orgId,
        kind: 'results',
        persons: [],
        candidates: [],
        tickets: [],
        results: [
          {
            ticketId: ticketIdFor(candidate.orgId, candidate.ticketNumber),
            orgId: candidate.orgId,
            theory: 'pass',
            practical: 'fail',
            review: null,
            marking: false,
            publishedOn: today,
          },
        ],
      });
    }
  }

  for (const org of rules.organisations()) {
    for (const occupation of org.occupations) {
      await documents.upload(app, org.id, {
        kind: 'handbook',
        title: `【演示】${occupation.name}考核指导手册`,
        occupationId: occupation.id,
        fileName: `demo-${occupation.id}-handbook.pdf`,
        bytes: makeDemoPdf(['DEMO DOCUMENT - not an official handbook', `Organisation: ${org.id}`, `Occupation: ${occupation.id}`, `Generated on ${today}`]),
        demo: true,
      });
    }
    await documents.upload(app, org.id, {
      kind: 'notice',
      title: `【演示】${org.shortName}社会化职业技能评价通知`,
      occupationId: null,
      fileName: `demo-${org.id}-notice.pdf`,
      bytes: makeDemoPdf(['DEMO DOCUMENT - see the published notice for the real text', `Organisation: ${org.id}`, `Generated on ${today}`]),
      demo: true,
    });
    const window = windowsFrom(org.id, today, 1)[0];
    if (window) {
      await announcements.publish(
        app,
        org.id,
        `【演示】${Number(window.assessmentMonth.slice(0, 4))}年${Number(window.assessmentMonth.slice(5, 7))}月评价批次申报安排`,
        `本期申报时间为 ${window.opens} 至 ${window.closes}，对应 ${window.assessmentMonth} 评价${window.estimated ? '（预计，以机构正式通知为准）' : ''}。此为演示公告。`,
        true,
      );
    }
    await announcements.publish(app, org.id, '【演示】考核指导手册已更新', '各职业（工种）考核指导手册已在“资料下载”中发布，请考生下载查阅。此为演示公告。', true);
  }

  await app.store.setMeta(DEMO_SEEDED_KEY, today);
  return { seeded: true };
}
