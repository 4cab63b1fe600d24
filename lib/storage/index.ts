export { siteOf } from './site-key';
export {
  listSites,
  getSite,
  saveAnalysis,
  markSeen,
  deleteSite,
  deleteAll,
  replaceAll,
  SITE_ITEM_VERSION,
  type AnalysisToSave,
} from './sites';
export { getSettings, setPaused, watchSettings, settingsSchema, type Settings } from './settings';
export {
  getTabState,
  setTabState,
  clearTabState,
  watchTabState,
  tabStateSchema,
  type TabState,
  type PageStatus,
  type LinkStatus,
} from './tab-state';
