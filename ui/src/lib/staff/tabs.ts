// The tabs of the window: Pledge in both modes, the rest in staff mode only.

import { m } from '../i18n/index.svelte';

export type StaffTab = 'drafts' | 'review' | 'batches' | 'summary' | 'reconcile' | 'transfer' | 'closing' | 'settings';

export const STAFF_TABS: StaffTab[] = ['drafts', 'review', 'batches', 'summary', 'reconcile', 'transfer', 'closing', 'settings'];

/** The tab's label in the UI language. */
export function tabLabel(tab: 'pledge' | StaffTab): string {
  switch (tab) {
    case 'pledge':
      return m.tabPledge;
    case 'drafts':
      return m.tabDrafts;
    case 'settings':
      return m.tabSettings;
    default:
      return m.staff.tabs[tab];
  }
}
