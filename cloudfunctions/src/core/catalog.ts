/** Organisations, offerings and application windows, straight from the rules module. */
import type { ApplicationWindow, CatalogOrganisationData, CatalogWindowsData, OrganisationSummary } from '@skills/shared';
import type { AppWith } from './app';
import * as rules from './rules';

/** The ports this module's functions use: the app they take has no others. */
type CatalogApp = AppWith<object>;

function openOn(window: ApplicationWindow, today: string): boolean {
  return window.opens <= today && today <= window.closes;
}

/** The window open today (if any) followed by the next ones, `count` in all. */
export function windowsFrom(orgId: string, today: string, count: number): ApplicationWindow[] {
  rules.organisation(orgId);
  return rules.viaRules(() => rules.upcomingWindows(orgId, today, count));
}

export function listOrganisations(app: CatalogApp): { today: string; organisations: OrganisationSummary[] } {
  const today = app.clock.today();
  return {
    today,
    organisations: rules.organisations().map((org) => {
      const windows = windowsFrom(org.id, today, 2);
      const current = windows.find((w) => openOn(w, today)) ?? null;
      return {
        id: org.id,
        name: org.name,
        shortName: org.shortName,
        currentWindow: current,
        nextWindow: windows.find((w) => w.opens > today) ?? null,
      };
    }),
  };
}

export function organisationDetail(app: CatalogApp, orgId: string): CatalogOrganisationData {
  const today = app.clock.today();
  const organisation = rules.organisation(orgId);
  const upcomingWindows = windowsFrom(orgId, today, 6);
  return {
    today,
    organisation,
    currentWindow: upcomingWindows.find((w) => openOn(w, today)) ?? null,
    upcomingWindows,
  };
}

export function windows(app: CatalogApp, orgId: string, count: number): CatalogWindowsData {
  const today = app.clock.today();
  return { today, windows: windowsFrom(orgId, today, count) };
}
