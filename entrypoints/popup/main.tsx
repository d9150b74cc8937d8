import { render } from 'preact';
import { App } from './App';
import './style.css';

// Opened as a page (`popup.html?tabId=N`) rather than as the toolbar popup: use the page's width.
if (new URLSearchParams(location.search).has('tabId')) document.documentElement.classList.add('as-page');

render(<App search={location.search} />, document.getElementById('app')!);
