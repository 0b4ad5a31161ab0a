import { AGE_RULE, ELIGIBILITY_CLAUSES, trackLabel } from '@skills/shared';
import { Quote } from '../Card';

/** A 附件1 clause (or the age rule) by id, quoted in full with where it comes from. */
export function ClauseQuote({ id }: { id: string }) {
  if (id === AGE_RULE.id) {
    return <Quote source={`通知${AGE_RULE.source.section}`}>{AGE_RULE.source.quote}</Quote>;
  }
  const clause = ELIGIBILITY_CLAUSES.find((item) => item.id === id);
  if (!clause) return null;
  return (
    <Quote source={`附件1 · ${trackLabel(clause.level)} 第（${clause.n}）条`}>{clause.text}</Quote>
  );
}
