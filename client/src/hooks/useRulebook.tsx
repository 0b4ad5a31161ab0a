/**
 * The one source of organisation data for every page: the rulebook (notices and holiday
 * arrangements) the pages compute their answers from. The app provides the launched one; the
 * staff console's preview wraps candidate components in a draft one and a chosen date.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { BUNDLED_RULEBOOK, type Rulebook } from '@skills/shared';

interface RulebookView {
  book: Rulebook;
  /** Set in a preview: the date the candidate pages are shown as of. */
  today?: string;
}

const RulebookContext = createContext<RulebookView>({ book: BUNDLED_RULEBOOK });

/** The rulebook the page computes from. */
export function useRulebook(): Rulebook {
  return useContext(RulebookContext).book;
}

/** The preview's date, when the page is shown inside a preview. */
export function usePreviewToday(): string | undefined {
  return useContext(RulebookContext).today;
}

/** Shows its children computed from `book` (and, if given, as of `today`). */
export function RulebookProvider({ book, today, children }: { book: Rulebook; today?: string; children: ReactNode }) {
  return <RulebookContext.Provider value={{ book, today }}>{children}</RulebookContext.Provider>;
}
