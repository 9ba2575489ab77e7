import { el } from './api.js';

/**
 * A horizontal bar chart of feature contributions (log1p revenue): each bar's length is its share of the
 * largest, to the right when it raises the prediction and to the left when it lowers it. Plain HTML, so a
 * screen reader reads it as a list of numbers.
 */
export function contributionBars(features) {
  if (!features || features.length === 0) return el('p', { class: 'hint', text: 'This model reports no feature contributions.' });
  const largest = Math.max(...features.map((f) => Math.abs(f.contribution))) || 1;
  const items = features.map((f) => {
    const share = (Math.abs(f.contribution) / largest) * 50;
    const up = f.contribution >= 0;
    const value = f.value === null || f.value === undefined ? 'unknown' : Number(f.value.toFixed(3));
    return el('li', { class: 'bar-row' },
      el('span', { class: 'bar-label' }, el('span', { class: 'feature', text: f.feature }), el('span', { class: 'hint', text: ` = ${value}` })),
      el('span', { class: 'bar-track', 'aria-hidden': 'true' },
        el('span', { class: `bar ${up ? 'up' : 'down'}`, style: `width:${share}%;${up ? 'left:50%' : `left:${50 - share}%`}` })),
      el('span', { class: 'bar-value', text: `${up ? '+' : '−'}${Math.abs(f.contribution).toFixed(3)}` }));
  });
  return el('figure', { class: 'chart' },
    el('figcaption', { text: 'Top feature contributions (log revenue; + raises, − lowers the prediction)' }),
    el('ul', { class: 'bars' }, items));
}
