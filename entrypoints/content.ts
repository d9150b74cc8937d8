import { defineContentScript } from '#imports';
export default defineContentScript({ matches: [], registration: 'runtime', main() { return document.title; } });
