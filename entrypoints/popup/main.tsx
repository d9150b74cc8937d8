import { render } from 'preact';
render(<p>Scorecard</p>, document.getElementById('app')!);
