/** The bound candidate's own results, per subject, with the retake deadline for failed subjects. */
import type { ResultsMineData, ResultView, SubjectResult } from '@skills/shared';
import type { OutcomeText, PeoplePort, ResultRecord, SessionPort, TicketPort, TicketRecord } from '../ports';
import { requireIdentity, type Caller, type AppWith } from './app';
import * as rules from './rules';
import { effectiveExamDate, subjectsOf } from './tickets';

/** The ports this module's functions use: the app they take has no others. */
type ResultsApp = AppWith<PeoplePort & SessionPort & TicketPort>;

function outcomeOf(result: ResultRecord, subject: SubjectResult['subject']): OutcomeText | null {
  if (subject === 'theory') return result.theory;
  if (subject === 'practical') return result.practical;
  return result.review;
}

export async function mine(app: ResultsApp, caller: Caller): Promise<ResultsMineData> {
  const identity = requireIdentity(caller);
  const today = app.clock.today();
  const idHash = await app.store.getBinding(identity);
  if (!idHash) return { today, results: [] };
  const tickets = await app.store.ticketsOf(idHash);
  const results = new Map((await app.store.resultsOf(tickets.map((t) => t.id))).map((r) => [r.ticketId, r]));
  const views: ResultView[] = [];
  for (const ticket of tickets) {
    const session = (await app.store.getSession(ticket.sessionId)) ?? undefined;
    const result = results.get(ticket.id);
    // A published result stays with the date the exam was held, whatever happens to the session later.
    const examDate = effectiveExamDate(ticket, session) ?? (result ? ticket.examDate : null);
    if (examDate === null) continue;
    views.push(resultView(ticket, examDate, result));
  }
  return { today, results: views };
}

export function resultView(ticket: TicketRecord, examDate: string, result: ResultRecord | undefined): ResultView {
  const common = {
    ticketId: ticket.id,
    orgId: ticket.orgId,
    occupationId: ticket.occupationId,
    occupationName: rules.occupationName(ticket.orgId, ticket.occupationId),
    track: ticket.track,
    trackLabel: rules.trackLabel(ticket.track),
    examDate,
    demo: ticket.demo,
  };
  if (!result) {
    const expected = rules.viaRules(() => rules.resultsExpectedBy(examDate));
    return { ...common, published: false, expectedBy: expected.date, estimated: expected.estimated };
  }
  const subjects: SubjectResult[] = [];
  for (const { subject, label } of subjectsOf(ticket, examDate)) {
    const outcome = outcomeOf(result, subject);
    if (outcome === null) continue;
    const entry: SubjectResult = { subject, label, outcome };
    if (outcome !== 'pass') {
      entry.retakeValidUntil = rules.viaRules(() => rules.retakeValidUntil(ticket.orgId, ticket.track, examDate));
    }
    subjects.push(entry);
  }
  return { ...common, published: true, subjects, passed: subjects.every((s) => s.outcome === 'pass') };
}
