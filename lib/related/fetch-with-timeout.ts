import type { FetchedResponse } from './fetch-page';

/** Milliseconds before a related page's fetch is given up. */
export const FETCH_TIMEOUT_MS = 20_000;

type FetchFn = (url: string, init: { credentials: 'omit'; redirect: 'follow'; signal: AbortSignal }) => Promise<Response>;

/**
 * Fetches a vendor page without cookies, body included within the time limit (a stalled body is a
 * stalled page too), and decodes text with the charset the server declares.
 */
export async function fetchWithTimeout(url: string, fetchFn: FetchFn = fetch, timeoutMs = FETCH_TIMEOUT_MS): Promise<FetchedResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetchFn(url, { credentials: 'omit', redirect: 'follow', signal: controller.signal });
    const body = await res.arrayBuffer();
    return {
      url: res.url,
      status: res.status,
      ok: res.ok,
      headers: res.headers,
      text: async () => decodeText(body, res.headers.get('content-type')),
      arrayBuffer: async () => body,
    };
  } finally {
    clearTimeout(timer);
  }
}

export function decodeText(body: ArrayBuffer, contentType: string | null): string {
  const charset = /charset=([\w-]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
