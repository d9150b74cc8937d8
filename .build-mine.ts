import { build } from 'wxt';
const noop = () => {};
const logger = { debug: noop, log: noop, info: noop, warn: noop, error: console.error, fatal: console.error, success: noop, level: 0 };
await build({ root: '/work/main', outDir: '/tmp/vps-mine', mode: process.argv[2] ?? 'e2e', browser: 'chrome', logger });
console.log('built');
