/**
 * Notices as data: a registry of notice documents, the bundled 2025 ones or those an office
 * published, from which the rules functions read. A notice applies from its effective date, so
 * answers about earlier dates keep using the earlier notice.
 */
import { RulesError } from '../errors';
import type { IsoDate, NoticeDocument, Occupation, Organisation } from '../types';

export interface NoticeRegistry {
  /** Every organisation, in the order its first document came. */
  readonly organisations: readonly Organisation[];
  /** Each organisation's documents in effect order (effective date, then version). */
  readonly documents: ReadonlyMap<string, readonly NoticeDocument[]>;
}

function inEffectOrder(a: NoticeDocument, b: NoticeDocument): number {
  if (a.effectiveFrom !== b.effectiveFrom) return a.effectiveFrom < b.effectiveFrom ? -1 : 1;
  return a.version - b.version;
}

/**
 * An organisation as the pages know it, from its documents: its notices oldest first, the
 * occupations any of them offers (a later document's wording of an occupation wins) and the name
 * the latest one gives.
 * @throws RulesError `INVALID_INPUT` for no documents, or documents of several organisations.
 */
export function organisationOf(documents: readonly NoticeDocument[]): Organisation {
  const ordered = [...documents].sort(inEffectOrder);
  const latest = ordered[ordered.length - 1];
  if (!latest || ordered.some((d) => d.orgId !== latest.orgId)) {
    throw new RulesError('INVALID_INPUT', '一个评价机构的通知应至少一份，且属于同一机构');
  }
  const occupations = new Map<string, Occupation>();
  for (const document of ordered) for (const occupation of document.occupations) occupations.set(occupation.id, occupation);
  return {
    id: latest.orgId,
    name: latest.name,
    shortName: latest.shortName,
    occupations: [...occupations.values()],
    notices: ordered.map((d) => d.notice),
  };
}

/**
 * A registry of the given documents.
 * @throws RulesError `INVALID_INPUT` when two documents of an organisation share a version.
 * @example createNoticeRegistry([]).organisations // []
 */
export function createNoticeRegistry(documents: readonly NoticeDocument[]): NoticeRegistry {
  const byOrg = new Map<string, NoticeDocument[]>();
  for (const document of documents) {
    const list = byOrg.get(document.orgId) ?? [];
    if (list.some((d) => d.version === document.version)) {
      throw new RulesError('INVALID_INPUT', `评价机构“${document.orgId}”的通知第${document.version}版重复`);
    }
    byOrg.set(document.orgId, [...list, document]);
  }
  const ordered = new Map([...byOrg].map(([orgId, list]) => [orgId, [...list].sort(inEffectOrder)] as const));
  return { organisations: [...ordered.values()].map(organisationOf), documents: ordered };
}

/**
 * The document in effect on `date`: the latest whose effective date is on or before it; before
 * the first, the first (answers then stay 预计, since it does not cover that year).
 */
export function documentInEffect(documents: readonly NoticeDocument[], date: IsoDate): NoticeDocument {
  const inEffect = documents.filter((d) => d.effectiveFrom <= date);
  return inEffect.length > 0 ? inEffect[inEffect.length - 1] : documents[0];
}
