/**
 * Where the popup's time goes (not part of `npm run bench`): opens the popup on a seed page a few
 * times with a CDP CPU profile and prints the marks, resource timings and the heaviest functions.
 * `tsx scripts/profile-popup.ts [seed-id] [runs]`. Needs the e2e build.
 */
import { startSiteServer } from '../tests/fixtures/site/server';
import { launchWithExtension, tabIdOf } from '../tests/e2e/browser';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] };

async function main() {
  const want = process.argv[2] ?? 'no-safespring-gdpr';
  const runs = Number(process.argv[3] ?? 5);
  const profiling = !process.argv.includes('--no-profile');
  const seeds = await startSiteServer();
  const h = await launchWithExtension();
  try {
    const seed = seeds.pages.find((p) => p.id === want) ?? seeds.pages[0]!;
    const page = await h.ctx.newPage();
    await page.goto(seeds.origin + seed.path);
    const tabId = await tabIdOf(h, page);
    const self = new Map<string, number>();
    let total = 0;
    const rows: number[][] = [];
    const quiet = process.argv.includes('--quiet');
    const incl = new Map<string, number>();
    for (let i = 0; i < runs + 1; i++) {
      const popup = await h.ctx.newPage();
      const cdp = await h.ctx.newCDPSession(popup);
      if (profiling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForFunction(() => performance.getEntriesByName('scorecard-ready').length > 0, undefined, { timeout: 30_000 });
      const { profile } = profiling ? ((await cdp.send("Profiler.stop")) as unknown as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } }) : { profile: { nodes: [] as Node[], samples: [] as number[], timeDeltas: [] as number[] } } as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
      const info = await popup.evaluate(() => ({
        marks: performance.getEntriesByType('mark').map((m) => `${m.name}@${m.startTime.toFixed(1)}`),
        res: performance.getEntriesByType('resource').map((r) => `${r.name.split('/').pop()} ${r.startTime.toFixed(1)}→${(r as PerformanceResourceTiming).responseEnd.toFixed(1)}`),
        nav: (() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return `respEnd ${n.responseEnd.toFixed(1)} domInteractive ${n.domInteractive.toFixed(1)} dcl ${n.domContentLoadedEventEnd.toFixed(1)}`; })(),
        paint: performance.getEntriesByType('paint').map((p) => `${p.name}@${p.startTime.toFixed(1)}`),
      }));
      if (i > 0) {
        const at = Object.fromEntries(info.marks.map((m) => { const [k, v] = m.split('@'); return [k!, Number(v)]; }));
        rows.push([at['vps:boot'] ?? NaN, at['vps:read-start']!, at['vps:ui-loaded'] ?? NaN, at['vps:prefs-loaded'] ?? NaN, at['vps:read-end']!, at['vps:analyse-start']!, at['vps:analysed']!, at['vps:rendered'] ?? NaN, at['scorecard-ready']!]);
        if (!quiet) console.log(info.nav, '|', info.marks.join(' '), '|', info.paint.join(' '));
        if (i === 1 && !quiet) console.log(info.res.join('\n'));
        // self time per function
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        const counts = new Map<number, number>();
        for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
        const dt = profile.timeDeltas.reduce((a, b) => a + b, 0) / profile.samples.length / 1000;
        const parent = new Map<number, number>();
        for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
        for (const [id, c] of counts) {
          const seen = new Set<string>();
          for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
            const n = byId.get(p)!;
            const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
            if (seen.has(key)) continue;
            seen.add(key);
            incl.set(key, (incl.get(key) ?? 0) + c * dt);
          }
        }
        for (const [id, c] of counts) {
          const n = byId.get(id)!;
          const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
          self.set(key, (self.get(key) ?? 0) + c * dt);
          if (!['(idle)', '(program)'].includes(n.callFrame.functionName)) total += c * dt;
        }
      }
      await popup.close();
    }
    const med = (k: number) => rows.map((r) => r[k]!).sort((a, b) => a - b)[Math.floor(rows.length / 2)]!.toFixed(1).padStart(7);
    console.log('medians, ms after open:');
    console.log('   boot readstart uiloaded prefs readend analyse analysed rendered  ready');
    console.log('', [0, 1, 2, 3, 4, 5, 6, 7, 8].map(med).join(' '));
    if (!profiling) return;
    console.log(`\nbusy self time per opening ≈ ${(total / runs).toFixed(1)} ms; heaviest (ms per opening):`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((v / runs).toFixed(2).padStart(7), k);
    console.log('\ninclusive (ms per opening):');
    for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 60))) console.log((v / runs).toFixed(2).padStart(7), k);
  } finally {
    await h.close();
    await seeds.close();
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
