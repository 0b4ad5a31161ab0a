/**
 * The one source of organisation data for every page: the rulebook (notices and holiday
 * arrangements) the pages compute their answers from. The app provides the launched one; the
 * staff console's preview wraps candidate components in a draft one and a chosen date.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { BUNDLED_RULEBOOK, type Rulebook } from '@skills/shared';
import { currentRulebook, fetchRulebook, onRulebook } from '@/services/rulebook';

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

/**
 * The app's rulebook for every page: the stored (or bundled) one at once, then the server's once
 * it answers, which re-renders the pages open at the time.
 */
export function LaunchedRulebook({ children }: { children: ReactNode }) {
  const [book, setBook] = useState(() => currentRulebook().book);
  useEffect(() => {
    const stop = onRulebook((next) => setBook(next.book));
    // Adopted between the first render and this effect: not missed.
    setBook(currentRulebook().book);
    void fetchRulebook();
    return stop;
  }, []);
  return <RulebookProvider book={book}>{children}</RulebookProvider>;
}
