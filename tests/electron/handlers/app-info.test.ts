import { describe, expect, it } from 'vitest';
import { appInfoSchema } from '../../../shared/ipc/contract';
import { getAppInfo } from '../../../electron/handlers/app-info';

describe('getAppInfo', () => {
  it('reports the app, runtime and the three versions that matter, and fits the contract', () => {
    const info = getAppInfo({
      name: 'Loupe',
      version: '0.1.0',
      platform: 'darwin',
      locale: 'zh-TW',
      versions: { electron: '45.5.0', chrome: '142.0', node: '22.1.0', v8: '14.2', openssl: '3' },
    });
    expect(info).toEqual({
      name: 'Loupe',
      version: '0.1.0',
      platform: 'darwin',
      locale: 'zh-TW',
      runtime: 'electron',
      versions: { electron: '45.5.0', chrome: '142.0', node: '22.1.0' },
    });
    expect(appInfoSchema.parse(info)).toEqual(info);
  });

  it('leaves out versions the process does not have', () => {
    const info = getAppInfo({
      name: 'Loupe',
      version: '0.1.0',
      platform: 'linux',
      locale: 'en-US',
      versions: { node: '20.20.0' },
    });
    expect(info.versions).toEqual({ node: '20.20.0' });
  });
});
