import type { OrgNotice, Source } from '../src';

/** Every block of a notice that cites its source. */
export function noticeSources(notice: OrgNotice): Source[] {
  return [
    ...notice.offerings.map((o) => o.source),
    ...notice.application.map((g) => g.source),
    notice.payment.source,
    notice.calendar.source,
    ...notice.tickets.map((t) => t.source),
    notice.results.source,
    notice.retake.source,
    notice.certificates.source,
    notice.office.source,
    notice.conduct.source,
  ];
}
