import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, isPrivateAddress } from './url-guard';
import { backoffMs } from './webhook-delivery';

describe('the webhook URL guard', () => {
  it('tells internal addresses from public ones', () => {
    for (const address of [
      '127.0.0.1',
      '127.255.255.254',
      '10.0.0.1',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '100.127.255.255',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::',
      '::1',
      'fe80::1',
      'fc00::1',
      'fd12:3456::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:a9fe:a9fe',
      '::ffff:10.0.0.1',
      'not an address',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of [
      '8.8.8.8',
      '203.0.113.10',
      '172.32.0.1',
      '100.128.0.1',
      '2606:4700::1111',
      '::ffff:8.8.8.8',
    ]) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });

  it('resolves host names and refuses any internal answer', async () => {
    const resolve = async (host: string) =>
      host === 'mixed.example'
        ? [
            { address: '93.184.216.34', family: 4 as const },
            { address: '10.0.0.5', family: 4 as const },
          ]
        : [{ address: '93.184.216.34', family: 4 as const }];
    expect(
      await checkWebhookUrl('https://public.example/hook', { allowPrivateNetworks: false, resolve }),
    ).toMatchObject({
      ok: true,
      addresses: [{ address: '93.184.216.34', family: 4 }],
    });
    const mixed = await checkWebhookUrl('https://mixed.example/hook', {
      allowPrivateNetworks: false,
      resolve,
    });
    expect(mixed).toMatchObject({ ok: false, reason: expect.stringContaining('10.0.0.5') });
    expect(
      await checkWebhookUrl('https://mixed.example/hook', { allowPrivateNetworks: true, resolve }),
    ).toMatchObject({
      ok: true,
    });
    const unknown = await checkWebhookUrl('https://nowhere.invalid/', {
      allowPrivateNetworks: false,
      resolve: async () => {
        throw new Error('ENOTFOUND');
      },
    });
    expect(unknown).toMatchObject({ ok: false, reason: 'The host nowhere.invalid could not be resolved.' });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'gopher://x/', 'not a url']) {
      expect((await checkWebhookUrl(url, { allowPrivateNetworks: true })).ok, url).toBe(false);
    }
    // Numeric forms of loopback are normalised by the URL parser, then refused.
    for (const url of ['http://2130706433/', 'http://0x7f.1/', 'http://[::ffff:7f00:1]/']) {
      expect((await checkWebhookUrl(url, { allowPrivateNetworks: false })).ok, url).toBe(false);
    }
  });

  it('backs off 1, 2, 4 … minutes, capped at 2 hours', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((attempt) => backoffMs(attempt) / 60_000)).toEqual([
      1, 2, 4, 8, 64, 120, 120,
    ]);
  });
});
