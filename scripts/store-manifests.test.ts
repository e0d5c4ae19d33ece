import { describe, expect, it } from 'vitest';
import { type BrowserSettings, browserSettingsProblems } from './store-manifests';

/** Firefox's settings as `wxt.config.ts` declares them. */
function firefox(): Required<BrowserSettings> {
  return {
    browser_specific_settings: {
      gecko: {
        id: 'comeback@comeback.invalid',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

describe('browserSettingsProblems', () => {
  it('passes Firefox settings in the Firefox manifest only', () => {
    expect(browserSettingsProblems({}, firefox())).toEqual([]);
  });

  it('finds Firefox settings in the Chrome manifest', () => {
    expect(browserSettingsProblems(firefox(), firefox())).toEqual([
      'Chrome manifest carries Firefox settings',
    ]);
  });

  it('finds a desktop minimum other than 140, the first that reads the data declaration', () => {
    const manifest = firefox();
    manifest.browser_specific_settings.gecko = {
      ...manifest.browser_specific_settings.gecko,
      strict_min_version: '115.0',
    };
    expect(browserSettingsProblems({}, manifest)).toEqual([
      "Firefox manifest's minimum version is 115.0, not 140.0",
    ]);
    delete manifest.browser_specific_settings.gecko?.strict_min_version;
    expect(browserSettingsProblems({}, manifest)).toHaveLength(1);
  });

  it('finds a missing or wrong minimum for Firefox for Android', () => {
    const manifest = firefox();
    manifest.browser_specific_settings.gecko_android = { strict_min_version: '140.0' };
    expect(browserSettingsProblems({}, manifest)).toEqual([
      "Firefox manifest's minimum version for Android is 140.0, not 142.0",
    ]);
    delete manifest.browser_specific_settings.gecko_android;
    expect(browserSettingsProblems({}, manifest)).toEqual([
      "Firefox manifest's minimum version for Android is undefined, not 142.0",
    ]);
  });

  it('finds data collection declared as anything but none alone', () => {
    for (const required of [[], ['none', 'locationInfo'], ['locationInfo'], undefined]) {
      const manifest = firefox();
      manifest.browser_specific_settings.gecko = {
        ...manifest.browser_specific_settings.gecko,
        data_collection_permissions: { required },
      };
      expect(browserSettingsProblems({}, manifest), JSON.stringify(required)).toHaveLength(1);
    }
  });

  it('finds a Firefox manifest without its id', () => {
    const manifest = firefox();
    delete manifest.browser_specific_settings.gecko?.id;
    expect(browserSettingsProblems({}, manifest)).toEqual(['Firefox manifest lacks its add-on id']);
  });
});
