import { AGE_RULE, AGE_RULE_SOURCES, ELIGIBILITY_CLAUSES, trackLabel } from '@skills/shared';
import { Quote } from '@/components/Card';

/**
 * A 附件1 clause (or the age rule) by id, quoted in full with where it comes from.
 * The age rule is quoted from the organisation's own notice: each names its own occupations.
 */
export function ClauseQuote({ id, orgId }: { id: string; orgId: string }) {
  if (id === AGE_RULE.id) {
    const source = AGE_RULE_SOURCES[orgId] ?? AGE_RULE.source;
    return <Quote source={`通知${source.section}`}>{source.quote}</Quote>;
  }
  const clause = ELIGIBILITY_CLAUSES.find((item) => item.id === id);
  if (!clause) return null;
  return (
    <Quote source={`附件1 · ${trackLabel(clause.level)} 第（${clause.n}）条`}>{clause.text}</Quote>
  );
}
