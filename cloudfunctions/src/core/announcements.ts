/** Each organisation's notices feed; staff publish, edit and withdraw. */
import type { Announcement, AnnouncementsListData } from '@skills/shared';
import type { AnnouncementPort } from '../ports';
import { isoNow, type AppWith } from './app';
import { ApiError } from './errors';
import * as rules from './rules';

/** The ports this module's functions use: the app they take has no others. */
type AnnouncementsApp = AppWith<AnnouncementPort>;

export async function list(app: AnnouncementsApp, orgId: string, includeWithdrawn = false): Promise<AnnouncementsListData> {
  rules.organisation(orgId);
  return { announcements: await app.store.listAnnouncements(orgId, includeWithdrawn) };
}

export async function publish(app: AnnouncementsApp, orgId: string, title: string, body: string, demo = false): Promise<Announcement> {
  const now = isoNow(app);
  const announcement: Announcement = {
    id: app.newId('a'),
    orgId,
    title,
    body,
    publishedAt: now,
    updatedAt: now,
    withdrawn: false,
    demo,
  };
  await app.store.putAnnouncement(announcement);
  return announcement;
}

async function own(app: AnnouncementsApp, orgId: string, id: string): Promise<Announcement> {
  const found = await app.store.getAnnouncement(id);
  if (!found || found.orgId !== orgId) throw new ApiError('NOT_FOUND', '未找到该公告');
  return found;
}

/** A withdrawn announcement stays as it was withdrawn: the record of what candidates were told. */
async function ownPublished(app: AnnouncementsApp, orgId: string, id: string): Promise<Announcement> {
  const found = await own(app, orgId, id);
  if (found.withdrawn) throw new ApiError('BAD_REQUEST', '该公告已撤回，不能再修改或撤回；如需更正请发布新公告');
  return found;
}

export async function update(
  app: AnnouncementsApp,
  orgId: string,
  id: string,
  change: { title?: string; body?: string },
): Promise<Announcement> {
  const existing = await ownPublished(app, orgId, id);
  const updated: Announcement = {
    ...existing,
    title: change.title ?? existing.title,
    body: change.body ?? existing.body,
    updatedAt: isoNow(app),
  };
  await app.store.putAnnouncement(updated);
  return updated;
}

export async function withdraw(app: AnnouncementsApp, orgId: string, id: string): Promise<Announcement> {
  const existing = await ownPublished(app, orgId, id);
  const updated: Announcement = { ...existing, withdrawn: true, updatedAt: isoNow(app) };
  await app.store.putAnnouncement(updated);
  return updated;
}
