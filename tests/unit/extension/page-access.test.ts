import { describe, expect, it } from 'vitest';
import { classifyUrl, reasonFromInjectionError } from '../../../lib/page-access';

describe('classifyUrl', () => {
  it.each([
    ['https://www.safespring.com/no/gdpr/', true],
    ['http://127.0.0.1:8080/sv-nomp-gdpr.html', true],
    ['https://chrome.google.com/search?q=webstore', true],
    [undefined, true],
  ])('%s is readable', (url, _) => {
    expect(classifyUrl(url)).toEqual({ readable: true });
  });

  it.each([
    ['chrome://version', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['chrome-extension://abcdef/popup.html', 'browser-page'],
    ['moz-extension://1234/popup.html', 'browser-page'],
    ['view-source:https://example.com/', 'view-source'],
    ['https://chromewebstore.google.com/detail/foo/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/sv-SE/firefox/addon/x/', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'web-store'],
    ['file:///home/me/dpa.html', 'local-file'],
    ['data:text/html,<p>hi</p>', 'not-a-web-page'],
    ['ftp://example.com/x', 'not-a-web-page'],
    ['not a url', 'not-a-web-page'],
  ])('%s is not readable (%s)', (url, reason) => {
    expect(classifyUrl(url)).toEqual({ readable: false, reason });
  });

  it('allows local files when the user granted file access', () => {
    expect(classifyUrl('file:///tmp/tom.html', { fileAccess: true })).toEqual({ readable: true });
  });
});

describe('reasonFromInjectionError', () => {
  it('maps browser errors to reasons', () => {
    expect(reasonFromInjectionError('Cannot access a chrome:// URL')).toBe('browser-page');
    expect(reasonFromInjectionError('The extensions gallery cannot be scripted.')).toBe('web-store');
    expect(reasonFromInjectionError('Cannot access contents of url "file:///x". Extension manifest must request permission')).toBe('local-file');
    expect(reasonFromInjectionError('Cannot access contents of the page.', 'file:///x.html')).toBe('local-file');
    expect(reasonFromInjectionError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe('no-access');
  });
});
