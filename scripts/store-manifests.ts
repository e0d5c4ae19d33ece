/** The parts of a built manifest the stores read about the browser it is for. */
export interface BrowserSettings {
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required?: string[] };
    };
    gecko_android?: { strict_min_version?: string };
  };
}

/**
 * The first Firefox versions that read `data_collection_permissions`: desktop 140 (an ESR) and Android 142. AMO
 * refuses the declaration with an older minimum, and without it Firefox would ask users about data never collected.
 */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** What the stores would refuse in the browser-specific keys: Firefox's belong in Firefox's manifest only. */
export function browserSettingsProblems(chrome: BrowserSettings, firefox: BrowserSettings): string[] {
  const problems: string[] = [];
  if (chrome.browser_specific_settings) problems.push('Chrome manifest carries Firefox settings');
  const gecko = firefox.browser_specific_settings?.gecko;
  const android = firefox.browser_specific_settings?.gecko_android;
  if (!gecko?.id) problems.push('Firefox manifest lacks its add-on id');
  const collected = gecko?.data_collection_permissions?.required;
  if (collected?.length !== 1 || collected[0] !== 'none')
    problems.push(`Firefox manifest declares ${JSON.stringify(collected)} data collected, not ["none"]`);
  if (gecko?.strict_min_version !== FIREFOX_MIN_VERSION)
    problems.push(
      `Firefox manifest's minimum version is ${gecko?.strict_min_version}, not ${FIREFOX_MIN_VERSION}`,
    );
  if (android?.strict_min_version !== FIREFOX_ANDROID_MIN_VERSION)
    problems.push(
      `Firefox manifest's minimum version for Android is ${android?.strict_min_version}, not ${FIREFOX_ANDROID_MIN_VERSION}`,
    );
  return problems;
}
